"""Quick C / feature tuning for the two classifiers (CV AUC and ranker hit rate; no end-to-end scoring)."""
import os
SHARED = os.environ.get('SHARED', '../shared')  # corpora and scorers
OUT = os.environ.get('OUT', 'target/study')  # intermediate files
os.makedirs(OUT, exist_ok=True)
import sys, numpy as np, collections
sys.argv=['x']
import run_cv as rc
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score
R=rc.R
docs=np.array([r['doc'] for r in R]); y=np.array([r['y'] for r in R])
hs=FeatureHasher(n_features=2**20,input_type='dict',alternate_sign=False)
X=hs.transform(rc.sent_feats(r) for r in R)
def extra(r,i,f):
    ws=[w[2] for w in r['ws']]; n=len(ws)
    cands=[k for k in range(n) if rc.is_cand(ws[k])]
    ci=cands.index(i)
    f['cand_rank=%d'%min(ci,6)]=1
    fv=next((k for k in range(n) if k>0 and (rc.CUE.match(ws[k].lower()) or (rc.verbish(ws[k]) and ws[k][:1].islower()))),n)
    f['before_first_verb=%d'%(i<fv)]=1
    f['last_cand_before_verb=%d'%(i<fv and not any(i<k<fv for k in cands))]=1
    f['shape_before=%s_%d'%(f.get('shape=P') and 'P' or ws[i][:1].isupper() and 'C' or 'l', i<fv)]=1
    return f
T_idx=[];T_rows=[];T_rows2=[];T_y=[]
for ri,r in enumerate(R):
    if not r['y']: continue
    for i,(a,b,w) in enumerate(r['ws']):
        if rc.is_cand(w):
            f=rc.tok_feats(r,i); T_rows.append(f); T_rows2.append(extra(r,i,collections.Counter(f)))
            T_idx.append((ri,i)); T_y.append(r['tok_lab'][i][0])
T_ri=np.array([t[0] for t in T_idx]); T_y=np.array(T_y)
XT=hs.transform(T_rows); XT2=hs.transform(T_rows2)
folds=list(GroupKFold(5).split(X,y,docs))
for C in (0.1,0.3,1.0):
    p=np.zeros(len(y))
    for tr,te in folds:
        p[te]=LogisticRegression(C=C,solver='liblinear').fit(X[tr],y[tr]).predict_proba(X[te])[:,1]
    print('sent C',C,'AUC %.4f'%roc_auc_score(y,p))
for name,XX in (('base',XT),('extra',XT2)):
  for C in (0.1,0.3,1.0):
    s=np.zeros(len(T_y))
    for tr,te in folds:
        trm=np.isin(T_ri,tr); tem=np.isin(T_ri,te)
        s[tem]=LogisticRegression(C=C,solver='liblinear').fit(XX[trm],T_y[trm]).decision_function(XX[tem])
    best={}
    for k,(ri,i) in enumerate(T_idx):
        if ri not in best or s[k]>best[ri][0]: best[ri]=(s[k],k)
    hit=sum(T_y[k] for _,k in best.values())
    print('ranker',name,'C',C,'hit',hit,'of',int(y.sum()))
