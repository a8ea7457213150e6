//! The analysis of a set of articles: one pure function from articles to results, so the
//! same articles give the same analysis in the CLI, in the browser and in tests.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::claims::{self, Claim};
use super::copied::{self, Copied};
use super::corrections::{self, Corrections};
use super::differences::{self, Discrepancy};
use super::entities::{self, Entity};
use super::segment::sentences;
use super::statements::{Statement, find_in, sentence_tokens};
use super::stories::{self, Similarity, Story};
use super::timex::Timex;
use super::when;

/// Everything Parallax found in a set of articles (byte offsets; see
/// [`export`](super::export) for the public JSON form).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The articles, in the order given.
    pub articles: Vec<Article>,
    /// The statements of all articles, article by article, in text order.
    pub statements: Vec<Statement>,
    /// The people, places and groups of all articles, merged across articles.
    pub entities: Vec<Entity>,
    /// The time expressions of each article: `timexes[i]` belong to `articles[i]`.
    pub timexes: Vec<Vec<Timex>>,
    /// Sentences of different articles that report the same thing.
    pub claims: Vec<Claim>,
    /// Differences between the articles (spellings, titles, quotations).
    pub discrepancies: Vec<Discrepancy>,
    /// The articles grouped by the event they report.
    pub stories: Vec<Story>,
    /// How alike related articles are overall: each article's [`SIMILAR`] closest others.
    pub similarity: Vec<Similarity>,
    /// Passages two articles share word for word.
    pub copied: Vec<Copied>,
}

impl Analysis {
    /// How many statements each speaker entity (by id) has.
    pub fn statements_by_speaker(&self) -> std::collections::HashMap<&str, usize> {
        let mut quoted = std::collections::HashMap::new();
        for s in &self.statements {
            if let Some(e) = s.speaker.as_ref().and_then(|sp| sp.entity.as_deref()) {
                *quoted.entry(e).or_default() += 1;
            }
        }
        quoted
    }

    /// The indices of the statements no other article reports (in no claim); none when
    /// there is only one article to compare with.
    pub fn unique_statements(&self) -> Vec<usize> {
        if self.articles.len() < 2 {
            return Vec::new();
        }
        let claimed: std::collections::HashSet<&str> =
            self.claims.iter().flat_map(|c| &c.members).filter_map(|m| m.statement.as_deref()).collect();
        (0..self.statements.len()).filter(|&i| !claimed.contains(self.statements[i].id.as_str())).collect()
    }

    /// The statements of one article.
    pub fn statements_of<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a Statement> + 'a {
        self.statements.iter().filter(move |s| s.article == article)
    }
}

/// Analyses `articles`.
///
/// ```
/// use parallax::core::{analyze, ingest};
/// let a = ingest("a.txt", "“We are ready,” Ana Ruiz said.".as_bytes()).unwrap();
/// let analysis = analyze(vec![a]);
/// assert_eq!(analysis.statements[0].content, "We are ready,");
/// ```
pub fn analyze(articles: Vec<Article>) -> Analysis {
    analyze_with(articles, &Corrections::default())
}

/// Analyses `articles` and applies the user's corrections on top.
pub fn analyze_with(articles: Vec<Article>, corrections: &Corrections) -> Analysis {
    let mut analysis = analyze_each(articles, corrections);
    compare(&mut analysis);
    analysis
}

/// The analysis of each article on its own (statements, times, entities), without the
/// comparison across articles: [`compare`] adds that.
pub fn analyze_each(mut articles: Vec<Article>, corrections: &Corrections) -> Analysis {
    corrections::apply_to_articles(corrections, &mut articles);
    let timexes: Vec<Vec<Timex>> = articles.iter_mut().map(when::date_and_timexes).collect();
    let mut statements = Vec::new();
    let mut places = Vec::with_capacity(articles.len());
    for (article, times) in articles.iter().zip(&timexes) {
        // Each article is split into sentences and tokens once, for its statements, their
        // times and the places it names.
        let sents = sentences(&article.text);
        let toks = sentence_tokens(&article.text, &sents);
        let mut found = find_in(article, &sents, &toks);
        when::place(article, times, &sents, &mut found);
        statements.append(&mut found);
        places.push(entities::places_in(article, &toks));
    }
    corrections::apply(corrections, &mut statements);
    let mut entities = entities::link(&articles, &places, &mut statements);
    corrections::apply_to_entities(corrections, &mut entities, &mut statements);
    Analysis { articles, statements, entities, timexes, ..Analysis::default() }
}

/// How many of each article's most similar others [`Analysis::similarity`] keeps.
pub const SIMILAR: usize = 10;

/// Compares the articles of an analysis: stories, claims, differences, similarity and
/// copied passages (replacing any found before).
pub fn compare(analysis: &mut Analysis) {
    // Stories first: claims and their differences stay within one story.
    // Each article's strongest links are enough to group stories (in a large collection
    // on one subject every article is somewhat like hundreds of others).
    let similar = stories::neighbours(analysis);
    analysis.stories = stories::stories(analysis, &similar);
    // Each article's ten closest others are kept (all of them in a small collection).
    analysis.similarity = stories::strongest(similar, SIMILAR);
    analysis.claims = claims::claims(analysis);
    analysis.discrepancies = differences::discrepancies(analysis);
    analysis.copied = copied::copied(analysis);
}
