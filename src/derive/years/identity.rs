//! Who is who across dossiers and years: the same `id`; without one, the same name folded
//! (composed, case, spaces, the old and new placement of the tone mark: `Hoà` = `Hòa`)
//! unless `born` or `gender` differ where both are given. A change of unit never
//! separates anyone; a collective is its folded name (or `id`).

use crate::model::fold::{born, fold};
use crate::model::{Gender, Named, Recipient, Who};

/// A person or collective as the register knows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: Option<String>,
    /// The name folded.
    pub key: String,
    /// The name as written.
    pub name: String,
    pub born: Option<String>,
    pub gender: Option<Gender>,
    pub collective: bool,
}

impl Person {
    /// A recipient (a household is not followed across years).
    pub fn of(r: &Recipient) -> Option<Person> {
        if r.who() == Who::Household {
            return None;
        }
        let name = r.written_name().to_string();
        Some(Person {
            id: r.id.clone().filter(|i| !i.trim().is_empty()),
            key: fold(&name),
            name,
            born: r.born.clone(),
            gender: r.gender.as_deref().and_then(Gender::parse),
            collective: r.who() == Who::Collective,
        })
    }

    /// Whom a history row names.
    pub fn named(n: &Named) -> Person {
        Person {
            id: n.id.clone(),
            key: fold(&n.name),
            name: n.name.clone(),
            born: n.born.clone(),
            gender: n.gender.as_deref().and_then(Gender::parse),
            collective: n.collective,
        }
    }

    /// Whether `self` and `other` are one person (or collective).
    pub fn same(&self, other: &Person) -> bool {
        if let (Some(a), Some(b)) = (&self.id, &other.id) {
            return a.trim() == b.trim();
        }
        let differ =
            |a: Option<&str>, b: Option<&str>| a.zip(b).is_some_and(|(a, b)| born(a) != born(b));
        self.collective == other.collective
            && !self.key.is_empty()
            && self.key == other.key
            && !differ(self.born.as_deref(), other.born.as_deref())
            && !self.gender.zip(other.gender).is_some_and(|(a, b)| a != b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_birth_compare_as_dates() {
        for (a, b) in [
            ("12/5/1985", "1985-05-12"),
            ("12/05/1985", "12-05-1985"),
            ("1985-5-12", "12.05.1985"),
        ] {
            assert_eq!(born(a), born(b), "{a} {b}");
        }
        assert_ne!(born("12/05/1985"), born("05/12/1985"));
        assert_eq!(born(" hôm qua "), "hôm qua");
    }

    fn p(name: &str, id: Option<&str>, born: Option<&str>, gender: Option<Gender>) -> Person {
        Person {
            id: id.map(String::from),
            key: fold(name),
            name: name.into(),
            born: born.map(String::from),
            gender,
            collective: false,
        }
    }

    #[test]
    fn people_are_the_same_as_the_rules_say() {
        let (m, f) = (Some(Gender::Male), Some(Gender::Female));
        let cases = [
            (
                p("Nguyễn Thị Hoà", None, None, f),
                p("nguyễn  thị hòa", None, None, None),
                true,
            ),
            (
                p("Lê Văn Thuỷ", None, None, m),
                p("Lê Văn Thủy", None, None, m),
                true,
            ),
            (
                p("Lê Văn A", Some("NV1"), None, m),
                p("Lê Văn B", Some("NV1"), None, m),
                true,
            ),
            (
                p("Lê Văn A", Some("NV1"), None, m),
                p("Lê Văn A", Some("NV2"), None, m),
                false,
            ),
            (
                p("Lê Văn A", None, Some("1980-01-02"), m),
                p("Lê Văn A", None, Some("1981-05-06"), m),
                false,
            ),
            (
                p("Lê Văn A", None, None, m),
                p("Lê Văn A", None, None, f),
                false,
            ),
            (
                p("Lê Văn A", None, Some("1980-01-02"), m),
                p("Lê Văn A", None, None, None),
                true,
            ),
            (
                p("Lê Văn A", Some("NV1"), None, None),
                p("Lê Văn A", None, None, None),
                true,
            ),
        ];
        for (a, b, same) in cases {
            assert_eq!(a.same(&b), same, "{a:?} / {b:?}");
        }
    }
}
