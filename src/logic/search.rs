//! Find in text, as plain Rust: no web APIs here, so it is tested natively
//! and a prerendered build can use it as it is.
//!
//! Matching ignores case, accents and the typographic form of quotes and
//! dashes: a reader typing `retourne` finds “Retourné”, and `nissan's`
//! finds “Nissan’s”. The text is folded to a plain form with a map from
//! each folded byte back to the original character, so that matches are
//! reported as byte ranges of the original text, the one on screen.

use std::ops::Range;

/// A text folded for matching, with the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// Lower-case, accent-free text with plain quotes, dashes and spaces.
    pub text: String,
    /// For each byte of `text`, the byte range of the original character it
    /// came from (several folded bytes can share one: “œ” gives “oe”).
    origin: Vec<Range<usize>>,
}

impl Folded {
    /// The original byte range that the folded byte range `folded` stands
    /// for, widened to whole characters. `folded` must be non-empty.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.origin[folded.start].start;
        let end = self.origin[folded.end - 1].end;
        start..end
    }
}

/// Folds `text` for matching: lower case, accents removed, typographic
/// quotes and dashes made plain, any run of white space made one space.
pub fn fold(text: &str) -> Folded {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut after_space = false;
    for (start, c) in text.char_indices() {
        let range = start..start + c.len_utf8();
        if c.is_whitespace() {
            // One space stands for the whole run, so "a  b" matches "a b".
            if !after_space {
                folded.push(' ');
                origin.push(range);
            }
            after_space = true;
            continue;
        }
        after_space = false;
        let before = folded.len();
        fold_char(c, &mut folded);
        origin.extend(std::iter::repeat_n(range, folded.len() - before));
    }
    Folded {
        text: folded,
        origin,
    }
}

/// Folds what the reader typed: as [`fold`], without leading or trailing space.
pub fn fold_query(query: &str) -> String {
    fold(query.trim()).text
}

/// Every match of `query` in `text`, as byte ranges of `text`, in order and
/// without overlaps. An empty query (or one of spaces) matches nothing.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    find_folded(text, &fold_query(query))
}

/// As [`find_all`], with the query already folded by [`fold_query`] (when
/// one query is matched against many texts).
pub fn find_folded(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    if folded_query.is_empty() {
        return Vec::new();
    }
    let folded = fold(text);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (start, found) in folded.text.match_indices(folded_query) {
        let mut range = folded.original_range(start..start + found.len());
        // A match ending on a letter keeps the accents combined with it.
        range.end += text[range.end..]
            .chars()
            .take_while(|c| is_combining_mark(*c))
            .map(char::len_utf8)
            .sum::<usize>();
        // Two matches inside one expanded character ("s" in "ß") are one.
        if ranges.last().is_some_and(|last| range.start < last.end) {
            continue;
        }
        ranges.push(range);
    }
    ranges
}

/// A piece of a text: plain, or the `hit`-th match of the ranges given to
/// [`segments`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The piece of text.
    pub text: &'a str,
    /// Which match it is (index into the ranges), or `None` for plain text.
    pub hit: Option<usize>,
}

/// Splits `text` into plain and matched pieces by `ranges` (sorted, not
/// overlapping, on character boundaries, as [`find_all`] gives them).
/// Empty plain pieces are left out; no ranges give the whole text.
pub fn segments<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (hit, range) in ranges.iter().enumerate() {
        if range.start > at {
            out.push(Segment {
                text: &text[at..range.start],
                hit: None,
            });
        }
        out.push(Segment {
            text: &text[range.clone()],
            hit: Some(hit),
        });
        at = range.end;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[at..],
            hit: None,
        });
    }
    out
}

/// A short window of a text around its first match, for a list of results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The window starts after the start of the text (show "…" before it).
    pub cut_before: bool,
    /// The window's text.
    pub text: String,
    /// The matches inside the window, as byte ranges of `text`.
    pub ranges: Vec<Range<usize>>,
    /// The window ends before the end of the text (show "…" after it).
    pub cut_after: bool,
}

/// The part of `text` around the first of `ranges`, with about `context`
/// characters either side, cut at spaces so no word is split. `None` when
/// there is no match.
pub fn excerpt(text: &str, ranges: &[Range<usize>], context: usize) -> Option<Excerpt> {
    let first = ranges.first()?;
    let mut start = first.start;
    for (taken, (index, _)) in text[..first.start].char_indices().rev().enumerate() {
        start = index;
        if taken + 1 >= context {
            break;
        }
    }
    let mut end = first.end;
    for (taken, c) in text[first.end..].chars().enumerate() {
        if taken >= context {
            break;
        }
        end += c.len_utf8();
    }
    // Cut at spaces: forward from the start, back from the end, never into the match.
    if start > 0
        && let Some(space) = text[start..first.start].find(' ')
    {
        start += space + 1;
    }
    if end < text.len()
        && let Some(space) = text[first.end..end].rfind(' ')
    {
        end = first.end + space;
    }
    let ranges = ranges
        .iter()
        .filter(|range| range.start >= start && range.end <= end)
        .map(|range| range.start - start..range.end - start)
        .collect();
    Some(Excerpt {
        cut_before: start > 0,
        text: text[start..end].to_string(),
        ranges,
        cut_after: end < text.len(),
    })
}

/// Accents written as separate combining characters (U+0300 to U+036F).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Appends the folded form of one character.
fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        if is_combining_mark(lower) || lower == '\u{00ad}' {
            // Accents written apart, and soft hyphens, are not matched.
            continue;
        }
        match plain(lower) {
            Some(plain) => out.push_str(plain),
            None => out.push(lower),
        }
    }
}

/// The plain form of an accented Latin letter, ligature, typographic quote
/// or dash (already lower case); `None` for characters that stay as they are.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => "'",
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => "\"",
        '‐' | '‑' | '‒' | '–' | '—' | '−' => "-",
        '…' => "...",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn folding_lowers_case_and_drops_accents() {
        assert_eq!(fold("Nathalie Retourné").text, "nathalie retourne");
        assert_eq!(fold("ÇA ÉTÉ Œuvre Straße").text, "ca ete oeuvre strasse");
    }

    #[test]
    fn folding_makes_typographic_quotes_dashes_and_spaces_plain() {
        assert_eq!(fold("Nissan’s “his” – a").text, "nissan's \"his\" - a");
        assert_eq!(fold("a \u{a0}\n b").text, "a b");
    }

    #[test]
    fn matching_ignores_case_and_accents_both_ways() {
        let text = "Nathalie Retourné, Head of the Paint Shop";
        assert_eq!(found(text, "retourne"), ["Retourné"]);
        assert_eq!(found(text, "RETOURNÉ"), ["Retourné"]);
        assert_eq!(found(text, "paint shop"), ["Paint Shop"]);
    }

    #[test]
    fn straight_quotes_find_typographic_ones() {
        let text = "at Nissan’s Oppama plant, each customer can create “his” Micra";
        assert_eq!(found(text, "nissan's"), ["Nissan’s"]);
        assert_eq!(found(text, "\"his\""), ["“his”"]);
        assert_eq!(found(text, "’"), ["’"]);
    }

    #[test]
    fn matches_are_byte_ranges_of_the_original_text_in_order() {
        let text = "Oppama, then Öppama again, OPPAMA";
        let ranges = find_all(text, "oppama");
        assert_eq!(ranges, [0..6, 13..20, 28..34]);
        assert_eq!(&text[13..20], "Öppama");
    }

    #[test]
    fn a_match_inside_an_expanded_character_covers_it_once() {
        assert_eq!(found("Straße", "s"), ["S", "ß"]);
        assert_eq!(found("Œuvre", "oe"), ["Œ"]);
    }

    #[test]
    fn combining_accents_stay_with_their_letter() {
        let text = "Retoure\u{301} done";
        assert_eq!(found(text, "retoure"), ["Retoure\u{301}"]);
    }

    #[test]
    fn an_empty_or_blank_query_matches_nothing() {
        assert!(find_all("anything", "").is_empty());
        assert!(find_all("anything", "   ").is_empty());
        assert_eq!(found("a b", " a "), ["a"]);
    }

    #[test]
    fn queries_with_several_spaces_match_single_spaces() {
        assert_eq!(found("three years", "three   years"), ["three years"]);
    }

    #[test]
    fn segments_alternate_plain_and_matched_text() {
        let text = "the Alliance and the Alliance";
        let ranges = find_all(text, "alliance");
        let pieces = segments(text, &ranges);
        assert_eq!(
            pieces,
            [
                Segment {
                    text: "the ",
                    hit: None
                },
                Segment {
                    text: "Alliance",
                    hit: Some(0)
                },
                Segment {
                    text: " and the ",
                    hit: None
                },
                Segment {
                    text: "Alliance",
                    hit: Some(1)
                },
            ]
        );
        let joined: String = pieces.iter().map(|piece| piece.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn no_ranges_give_the_whole_text_as_one_plain_segment() {
        assert_eq!(
            segments("text", &[]),
            [Segment {
                text: "text",
                hit: None
            }]
        );
        assert_eq!(
            segments("", &[]),
            [Segment {
                text: "",
                hit: None
            }]
        );
    }

    #[test]
    fn an_excerpt_cuts_at_spaces_around_the_first_match() {
        let text = "one two three four five six seven eight nine ten";
        let ranges = find_all(text, "five");
        let excerpt = excerpt(text, &ranges, 8).unwrap();
        assert_eq!(excerpt.text, "four five six");
        assert!(excerpt.cut_before && excerpt.cut_after);
        assert_eq!(&excerpt.text[excerpt.ranges[0].clone()], "five");
    }

    #[test]
    fn an_excerpt_of_a_short_text_is_the_whole_text() {
        let text = "Nissan’s Oppama plant";
        let ranges = find_all(text, "oppama");
        let excerpt = excerpt(text, &ranges, 80).unwrap();
        assert_eq!(excerpt.text, text);
        assert!(!excerpt.cut_before && !excerpt.cut_after);
        assert!(super::excerpt(text, &[], 80).is_none());
    }
}
