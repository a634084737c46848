//! Vietnamese name order: by given name, then family name, then middle names, with
//! ă â đ ê ô ơ ư as letters of their own and tones only breaking ties.

use unicode_normalization::UnicodeNormalization;

const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/// A sort key for one word: letter ranks, then tone ranks (ngang, huyền, hỏi, ngã, sắc, nặng).
#[derive(Debug, Clone, PartialEq, Eq)]
struct WordKey {
    letters: Vec<u32>,
    tones: Vec<u8>,
}

fn word_key(word: &str) -> WordKey {
    let mut letters = Vec::new();
    let mut tones = Vec::new();
    let mut chars = word.nfd().flat_map(char::to_lowercase).peekable();
    while let Some(c) = chars.next() {
        let mut base = c;
        let mut tone = 0u8;
        while let Some(&m) = chars.peek() {
            if !unicode_normalization::char::is_combining_mark(m) {
                break;
            }
            chars.next();
            match (base, m) {
                ('a', '\u{306}') => base = 'ă',
                ('a', '\u{302}') => base = 'â',
                ('e', '\u{302}') => base = 'ê',
                ('o', '\u{302}') => base = 'ô',
                ('o', '\u{31b}') => base = 'ơ',
                ('u', '\u{31b}') => base = 'ư',
                (_, '\u{300}') => tone = 1,
                (_, '\u{309}') => tone = 2,
                (_, '\u{303}') => tone = 3,
                (_, '\u{301}') => tone = 4,
                (_, '\u{323}') => tone = 5,
                _ => {}
            }
        }
        let rank = ALPHABET
            .chars()
            .position(|a| a == base)
            .map(|p| p as u32)
            .unwrap_or(1000 + base as u32);
        letters.push(rank);
        tones.push(tone);
    }
    WordKey { letters, tones }
}

/// Words of a full name in sorting order: given name, family name, middle names.
fn name_words(name: &str) -> Vec<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => vec![],
        [one] => vec![one],
        [family, middle @ .., given] => {
            let mut v = vec![*given, *family];
            v.extend(middle);
            v
        }
    }
}

/// The key a full name sorts under in a Vietnamese list: computed once per name, so that
/// sorting a list of n names spells out n keys, not one per comparison.
pub fn name_key(name: &str) -> SortKey {
    SortKey::of(name, name_words(name))
}

/// The key a unit's name sorts under: word by word from the first, in Vietnamese letter
/// order.
pub fn text_key(text: &str) -> SortKey {
    SortKey::of(text, text.split_whitespace().collect())
}

/// Letters of every word first, then their tones, then the text itself (two spellings
/// equal in both still sort the same way every time).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    letters: Vec<Vec<u32>>,
    tones: Vec<Vec<u8>>,
    text: String,
}

impl SortKey {
    fn of(text: &str, words: Vec<&str>) -> SortKey {
        let (letters, tones) = words
            .into_iter()
            .map(|w| {
                let k = word_key(w);
                (k.letters, k.tones)
            })
            .unzip();
        SortKey {
            letters,
            tones,
            text: text.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<&str>) -> Vec<&str> {
        v.sort_by_cached_key(|n| name_key(n));
        v
    }

    #[test]
    fn letters_of_their_own() {
        assert_eq!(
            sorted(vec!["Ân", "Ăn", "Anh", "An"]),
            ["An", "Anh", "Ăn", "Ân"]
        );
        assert_eq!(sorted(vec!["Đạt", "Duy"]), ["Duy", "Đạt"]);
        assert_eq!(sorted(vec!["Ơn", "Ôn", "On"]), ["On", "Ôn", "Ơn"]);
        assert_eq!(sorted(vec!["Ưng", "Uyên", "Vân"]), ["Uyên", "Ưng", "Vân"]);
    }

    #[test]
    fn tones_break_ties_in_order() {
        let want = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"];
        assert_eq!(sorted(vec!["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"]), want);
        assert_eq!(sorted(vec!["Mạnh", "Manh"]), ["Manh", "Mạnh"]);
        assert_eq!(
            sorted(vec!["Mà", "Mai"]),
            ["Mà", "Mai"],
            "letters decide before tones"
        );
    }

    #[test]
    fn units_sort_from_their_first_word() {
        let mut v = vec![
            "Phòng Người có công",
            "Phòng Bảo trợ xã hội",
            "Đội 2",
            "Ban Giám đốc",
        ];
        v.sort_by_cached_key(|t| text_key(t));
        assert_eq!(
            v,
            [
                "Ban Giám đốc",
                "Đội 2",
                "Phòng Bảo trợ xã hội",
                "Phòng Người có công"
            ]
        );
    }

    #[test]
    fn given_then_family_then_middle() {
        let v = vec![
            "Trần Văn Bình",
            "Nguyễn Thị An",
            "Lê Văn An",
            "Nguyễn Văn An",
            "Đỗ Anh",
        ];
        assert_eq!(
            sorted(v),
            [
                "Lê Văn An",
                "Nguyễn Thị An",
                "Nguyễn Văn An",
                "Đỗ Anh",
                "Trần Văn Bình"
            ]
        );
    }
}
