//! The example story (five real articles with real flaws): every quotation is found with
//! its speaker, and quoted names and scare quotes are not statements.

use std::fs;
use std::path::{Path, PathBuf};

use parallax::core::{Analysis, StatementKind, TimeSource, TimexType, analyze, ingest};

fn story() -> Analysis {
    story_dated(&[])
}

/// The story with the user's dates set on some articles (file name, date).
fn story_dated(dates: &[(&str, &str)]) -> Analysis {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/examples/security-guarantees");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let articles = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let mut a = ingest(&name, &fs::read(p).unwrap()).unwrap();
            if let Some((_, d)) = dates.iter().find(|(f, _)| *f == name) {
                assert!(a.set_user_date(d));
            }
            a
        })
        .collect();
    analyze(articles)
}

/// The statement whose content starts with `start`, as (kind, speaker name).
fn find(analysis: &Analysis, start: &str) -> (StatementKind, Option<String>) {
    let s = analysis
        .statements
        .iter()
        .find(|s| s.content.starts_with(start))
        .unwrap_or_else(|| panic!("no statement starts with {start:?}"));
    (s.kind, s.speaker.as_ref().and_then(|sp| sp.name.clone()))
}

#[test]
fn every_quotation_with_its_speaker() {
    let a = story();
    let direct = StatementKind::Direct;
    let partial = StatementKind::Partial;
    for (start, kind, speaker) in [
        ("contrary to all efforts to end the war", partial, "Andriy Sybiha"),
        ("absolutely unacceptable", partial, "Sergei Lavrov"),
        // "he declared:" on the line above; "he" is Zelenskyy, named earlier.
        ("We have more than 30 security documents", direct, "Volodymyr Zelenskyy"),
        ("I am asking this very question", direct, "Volodymyr Zelensky"),
        ("We want peace very much", direct, "Volodymyr Zelensky"),
        ("it is Ukrainians alone", partial, "Emmanuel Macron"),
        // "…, stating:" then the quote on its own line.
        ("Putin is definitely not preparing", direct, "Volodymyr Zelensky"),
        ("strong Ukrainian army", partial, "Volodymyr Zelenskyy"),
        // The opening quote mark is missing in the source.
        ("So we can hope that in the coming week", direct, "Volodymyr Zelenskyy"),
        ("a crucial concern", partial, "Volodymyr Zelenskyy"),
        ("It’s possible that he doesn’t want to make a deal", direct, "Donald Trump"),
    ] {
        assert_eq!(find(&a, start), (kind, Some(speaker.to_string())), "{start}");
    }
}

#[test]
fn scare_quotes_titles_and_headlines_are_not_statements() {
    let a = story();
    for s in &a.statements {
        for not in ["Patriot", "reliable security guarantees", "Security Guarantees", "guarantee"] {
            assert_ne!(s.content, not, "{s:?}");
        }
    }
}

#[test]
fn statements_point_at_their_text() {
    let a = story();
    for s in &a.statements {
        let article = a.articles.iter().find(|x| x.id == s.article).unwrap();
        let span = &article.text[s.start..s.end];
        for f in &s.fragments {
            assert!(s.start <= f.start && f.end <= s.end, "{s:?}");
            let piece = article.text[f.start..f.end].trim_matches(|c: char| !c.is_alphanumeric());
            assert!(s.content.contains(piece), "{piece:?} / {:?}", s.content);
        }
        assert!(span.starts_with(&article.text[s.fragments[0].start..s.fragments[0].end]));
        if let Some(sp) = &s.speaker {
            assert_eq!(&article.text[sp.start..sp.end], sp.text);
        }
    }
}

#[test]
fn one_entity_per_person_and_country_across_articles() {
    let a = story();
    let entity = |alias: &str| {
        a.entities
            .iter()
            .find(|e| e.aliases.iter().any(|x| x == alias))
            .unwrap_or_else(|| panic!("no entity has the alias {alias:?}"))
    };
    // Two spellings of one president, in all five articles.
    let z = entity("Zelensky");
    assert_eq!(z.id, entity("Zelenskyy").id);
    assert_eq!(z.id, entity("Volodymyr Zelenskyy").id);
    assert_eq!(z.articles.len(), 5);
    assert!(z.roles.iter().any(|r| r.role == "Ukrainian President"), "{:?}", z.roles);
    assert!(!z.aliases.iter().any(|x| x.eq_ignore_ascii_case("he")), "{:?}", z.aliases);
    // Every statement by him points at that entity.
    let his = a.statements.iter().filter(|s| s.speaker.as_ref().and_then(|sp| sp.entity.as_deref()) == Some(&z.id));
    assert!(his.count() >= 8);
    // Capitals (in both romanisations) and demonyms are their country.
    let ukraine = entity("Ukraine");
    for alias in ["Kyiv", "Kiev", "Ukrainian"] {
        assert_eq!(entity(alias).id, ukraine.id, "{alias}");
    }
    assert_eq!(entity("Moscow").id, entity("Russia").id);
    assert_eq!(entity("Washington").id, entity("U.S.").id);
    // A surname alone joins the one person who has it.
    assert_eq!(entity("Trump").id, entity("Donald Trump").id);
}

#[test]
fn statements_are_placed_in_time_and_durations_normalised() {
    // 2026-01-07 is a Wednesday.
    let a = story_dated(&[("002_72a3ff669605c644.txt", "2026-01-07"), ("001_e58eace3535698ab.txt", "2026-01-05")]);
    let time = |start: &str| {
        let s = a.statements.iter().find(|s| s.content.starts_with(start)).unwrap();
        let t = s.time.clone().unwrap_or_else(|| panic!("{start:?} has no time"));
        (t.value, t.text, t.source)
    };
    // "Speaking to reporters on Wednesday, Zelensky said he has repeatedly raised…"
    assert_eq!(time("he has repeatedly raised"), ("2026-01-07".into(), Some("Wednesday".into()), TimeSource::Sentence));
    // "For example, in September 2025 he declared:" and the quote on the next line.
    assert_eq!(
        time("We have more than 30 security documents"),
        ("2025-09".into(), Some("September 2025".into()), TimeSource::Sentence)
    );
    // Undated articles: their statements have no time, and nothing is invented.
    let undated = a.articles.iter().find(|x| x.file.starts_with("003")).unwrap();
    assert_eq!(undated.published, None);
    assert!(a.statements_of(&undated.id).all(|s| s.time.is_none()));
    // "within the next 7 to 10 days" and "in the coming week to week-and-a-half".
    let durations: Vec<&str> =
        a.timexes.iter().flatten().filter(|t| t.kind == TimexType::Duration).map(|t| t.value.as_str()).collect();
    for v in ["P7D", "P10D", "P1W", "P1.5W"] {
        assert!(durations.contains(&v), "{v} not in {durations:?}");
    }
}

#[test]
fn comparison_reports_the_spelling_and_title_differences_and_links_only_sure_claims() {
    use parallax::core::differences::DiscrepancyKind;
    let a = story();
    let of = |kind| a.discrepancies.iter().filter(move |d| d.kind == kind);
    // Zelensky / Zelenskyy: one person, spelled two ways, with evidence of each.
    let spelling = of(DiscrepancyKind::NameSpelling).next().expect("the Zelensky spelling is reported");
    let texts: Vec<&str> = spelling.items.iter().map(|e| e.text.as_str()).collect();
    assert!(texts.contains(&"Zelensky") && texts.contains(&"Zelenskyy"), "{texts:?}");
    // "President Donald Trump" against "former U.S. President Donald Trump".
    let role = of(DiscrepancyKind::Role).next().expect("the Trump title conflict is reported");
    let texts: Vec<&str> = role.items.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["President Donald Trump", "former U.S. President Donald Trump"]);
    // The collective-defence statements of two articles are one claim.
    let text_of = |m: &parallax::core::claims::Member| {
        let art = a.articles.iter().find(|x| x.id == m.article).unwrap();
        art.text[m.start..m.end].to_string()
    };
    let defence = a.claims.iter().find(|c| c.members.iter().any(|m| text_of(m).contains("attack on one is treated")));
    let defence = defence.expect("the collective-defence claim");
    assert!(defence.members.iter().any(|m| text_of(m).contains("attack on one member is considered")));
    // Zelensky's deadline, "within the next 7 to 10 days" and "in the coming week to
    // week-and-a-half": the same speaker naming the same span of time.
    // Paraphrases the speaker's voice and stance link: Lavrov's "absolutely unacceptable"
    // and Russia's "ruled out" on foreign troops; Zelenskyy and "Ukrainian officials" on
    // past agreements that failed.
    for (one, other) in [
        ("7 to 10 days", "week to week-and-a-half"),
        ("absolutely unacceptable", "completely ruled out"),
        ("Budapest Memorandum", "memorandums failed"),
    ] {
        let claim = a.claims.iter().find(|c| c.members.iter().any(|m| text_of(m).contains(one)));
        let claim = claim.unwrap_or_else(|| panic!("no claim holds {one:?}"));
        assert!(claim.members.iter().any(|m| text_of(m).contains(other)), "{one:?} without {other:?}");
    }
    // Those four, and no other: precision first.
    assert_eq!(
        a.claims.len(),
        4,
        "{:#?}",
        a.claims.iter().map(|c| c.members.iter().map(text_of).collect::<Vec<_>>()).collect::<Vec<_>>()
    );
    // Sharing a number is not a claim: "over 30 countries" and "more than 30 security documents".
    for c in &a.claims {
        let texts: Vec<String> = c.members.iter().map(text_of).collect();
        assert!(
            !(texts.iter().any(|t| t.contains("over 30 countries"))
                && texts.iter().any(|t| t.contains("30 security documents"))),
            "{texts:?}"
        );
    }
}

#[test]
fn the_example_is_one_story() {
    let a = story();
    assert_eq!(a.stories.len(), 1, "{:?}", a.stories);
    assert_eq!(a.stories[0].articles.len(), 5);
}
