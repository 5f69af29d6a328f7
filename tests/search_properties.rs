//! Find in text on any text: matches fall on character boundaries, come in
//! order without overlapping, split the text into pieces that join back to
//! it, and every piece of the text is found again, whatever its case and
//! accents.
#![cfg(not(target_arch = "wasm32"))]

use micra_flins::logic::search::{find_all, segments};
use proptest::prelude::*;

/// Text as reports hold it, and worse: letters with and without accents,
/// combining marks, ß and İ, typographic quotes and dashes, runs of
/// spaces, right-to-left marks, emoji.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => "[a-zA-Z]{1,6}",
            1 => Just(" ".to_string()),
            1 => Just("  \t".to_string()),
            1 => prop::sample::select(vec![
                "é", "È", "e\u{301}", "ß", "İ", "ı", "œ", "Œ", "ﬁ", "’", "“", "—", "\u{202E}",
                "\u{200B}", "👩‍🔧", "Ä", "ñ", "Ç",
            ])
            .prop_map(str::to_string),
            1 => "\\PC{1,3}",
        ],
        0..24,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn matches_are_whole_characters_in_order_and_join_back(text in text(), query in text()) {
        let ranges = find_all(&text, &query);
        for (index, range) in ranges.iter().enumerate() {
            prop_assert!(range.start < range.end, "{:?}", range);
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            if let Some(next) = ranges.get(index + 1) {
                prop_assert!(range.end <= next.start, "{:?} overlaps {:?}", range, next);
            }
        }
        let joined: String = segments(&text, &ranges).iter().map(|segment| segment.text).collect();
        prop_assert_eq!(joined, text);
    }

    #[test]
    fn every_piece_of_the_text_is_found_again(
        text in text(),
        from in any::<prop::sample::Index>(),
        to in any::<prop::sample::Index>(),
    ) {
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain([text.len()])
            .collect();
        let (a, b) = (from.get(&boundaries), to.get(&boundaries));
        let piece = &text[*a.min(b)..*a.max(b)];
        let found = find_all(&text, piece);
        let findable = !micra_flins::logic::search::fold_query(piece).is_empty();
        prop_assert_eq!(!found.is_empty(), findable, "{:?} in {:?}", piece, text);
    }

    #[test]
    fn case_and_accents_do_not_matter(word in "[a-z]{3,10}") {
        let accented: String = word
            .chars()
            .map(|c| match c {
                'e' => 'é',
                'a' => 'à',
                'c' => 'ç',
                'u' => 'ü',
                c => c,
            })
            .collect();
        let text = format!("Le mot {} ici.", accented.to_uppercase());
        prop_assert!(!find_all(&text, &word).is_empty(), "{} in {}", word, text);
        let plain = format!("le mot {} ici", word);
        prop_assert!(!find_all(&plain, &accented.to_uppercase()).is_empty(), "{} in {}", accented, plain);
    }
}
