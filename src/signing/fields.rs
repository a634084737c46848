//! Unsigned signature fields (`/FT /Sig`) added to an electronic version as an
//! incremental update after what typst wrote: one widget per zone its template marked,
//! each with an empty appearance (PDF/A asks one), listed in the catalog's `/AcroForm`
//! and on its page's `/Annots`. A signing tool fills them; nothing before them changes.

use crate::pdf::{after, reference, with_entry, Bytes, Memory, Tail};
use crate::typeset::Zone;

/// A field's name (`/T`, plain ASCII for every signing tool: `ky-so-tran-thi-lan`, the
/// agency's `ky-so-co-quan`), and what a tool shows of it (`/TU`).
pub fn names(zones: &[Zone]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for z in zones {
        let (base, shown) = match z.field.as_str() {
            "agency" => (
                "ky-so-co-quan".to_string(),
                "Chữ ký số của cơ quan".to_string(),
            ),
            _ => {
                // `ky-so-co-quan` is the agency's alone, whoever else is called Cơ Quan.
                let slug = match crate::derive::slug::slug(&z.name) {
                    s if s == "co-quan" || s.is_empty() => format!("nguoi-ky-{s}"),
                    s => s,
                };
                let shown = format!("Chữ ký số của {}", shown(&z.name));
                (format!("ky-so-{slug}"), shown)
            }
        };
        // The same signer on another page (an invitation each) is named for its page;
        // two of one name on one page, by their order.
        let taken = |n: &str| out.iter().any(|(o, _)| o == n);
        let mut name = base.clone();
        if taken(&name) {
            name = format!("{base}-trang-{}", z.page);
        }
        let mut k = 2;
        while taken(&name) {
            name = format!("{base}-trang-{}-{k}", z.page);
            k += 1;
        }
        out.push((name, shown));
    }
    out
}

/// A signer as a field names them: a role written in capitals on the page (`KẾ TOÁN
/// TRƯỞNG`) as a sentence writes it (`Kế toán trưởng`); a name as it is.
fn shown(name: &str) -> String {
    match name.chars().any(char::is_lowercase) {
        true => name.to_string(),
        false => crate::derive::upper_first(&name.to_lowercase()),
    }
}

/// `pdf` with a signature field on each of `zones`; `heights`, each page's height in
/// points (zones are measured from the top).
pub fn add(pdf: &[u8], zones: &[Zone], heights: &[f64]) -> Result<Vec<u8>, String> {
    if zones.is_empty() {
        return Ok(pdf.to_vec());
    }
    let bytes = Memory(pdf);
    let fail = || t!("signing-not-as-typst");
    let tail = Tail::of(&bytes).ok_or_else(fail)?;
    let catalog = tail.dictionary(&bytes, tail.root.0).ok_or_else(fail)?;
    let pages = page_objects(&bytes, &tail, &catalog).ok_or_else(fail)?;
    let mut out = Vec::new();
    let mut objects = Vec::new();
    let mut next = tail.size;
    let mut on_page: Vec<Vec<u32>> = vec![Vec::new(); pages.len()];
    let mut fields = Vec::new();
    for (z, (name, shown)) in zones.iter().zip(names(zones)) {
        let (page, generation) = *pages.get(z.page - 1).ok_or_else(fail)?;
        let height = heights.get(z.page - 1).copied().ok_or_else(fail)?;
        let (ap, widget) = (next, next + 1);
        next += 2;
        objects.push((ap, 0, pdf.len() + out.len()));
        let bbox = format!("[0 0 {} {}]", num(z.w), num(z.h));
        out.extend_from_slice(
            format!("{ap} 0 obj\n<</Type/XObject/Subtype/Form/BBox {bbox}/Resources <<>>/Length 0>>\nstream\n\nendstream\nendobj\n")
                .as_bytes(),
        );
        objects.push((widget, 0, pdf.len() + out.len()));
        let rect = format!(
            "[{} {} {} {}]",
            num(z.x),
            num(height - z.y - z.h),
            num(z.x + z.w),
            num(height - z.y)
        );
        out.extend_from_slice(
            format!("{widget} 0 obj\n<</Type/Annot/Subtype/Widget/FT/Sig/T ({name})/TU {}/Rect {rect}/F 132/P {page} {generation} R/AP <</N {ap} 0 R>>>>\nendobj\n", utf16(&shown))
                .as_bytes(),
        );
        on_page[z.page - 1].push(widget);
        fields.push(widget);
    }
    let form = next;
    next += 1;
    objects.push((form, 0, pdf.len() + out.len()));
    let refs = |list: &[u32]| {
        let r: Vec<String> = list.iter().map(|n| format!("{n} 0 R")).collect();
        r.join(" ")
    };
    out.extend_from_slice(
        format!("{form} 0 obj\n<</Fields [{}]>>\nendobj\n", refs(&fields)).as_bytes(),
    );
    let (root, generation) = tail.root;
    objects.push((root, generation, pdf.len() + out.len()));
    let catalog = with_entry(&catalog, "/AcroForm", &format!("/AcroForm {form} 0 R"));
    out.extend_from_slice(format!("{root} {generation} obj\n{catalog}\nendobj\n").as_bytes());
    for ((page, generation), widgets) in pages.iter().zip(&on_page) {
        if widgets.is_empty() {
            continue;
        }
        let dict = tail.dictionary(&bytes, *page).ok_or_else(fail)?;
        let mut annots = match after(&dict, "/Annots") {
            Some(a) if a.trim_start().starts_with('[') => {
                let a = a.trim_start();
                a[1..a.find(']').ok_or_else(fail)?].trim().to_string()
            }
            Some(_) => return Err(fail()),
            None => String::new(),
        };
        if !annots.is_empty() {
            annots.push(' ');
        }
        annots.push_str(&refs(widgets));
        let dict = with_entry(&dict, "/Annots", &format!("/Annots [{annots}]"));
        objects.push((*page, *generation, pdf.len() + out.len()));
        out.extend_from_slice(format!("{page} {generation} obj\n{dict}\nendobj\n").as_bytes());
    }
    let xref = pdf.len() + out.len();
    out.extend_from_slice(tail.update_end(&objects, next, xref).as_bytes());
    Ok([pdf, &out].concat())
}

/// The page objects in order, from the catalog's page tree (typst writes one level).
fn page_objects(pdf: &dyn Bytes, tail: &Tail, catalog: &str) -> Option<Vec<(u32, u32)>> {
    let (root, _) = reference(after(catalog, "/Pages")?)?;
    let mut out = Vec::new();
    let mut todo = vec![root];
    while let Some(node) = todo.pop() {
        if out.len() > 1 << 20 {
            return None;
        }
        let dict = tail.dictionary(pdf, node)?;
        match after(&dict, "/Kids") {
            Some(kids) => {
                let kids = kids.trim_start().strip_prefix('[')?;
                let kids = &kids[..kids.find(']')?];
                let words: Vec<&str> = kids.split_whitespace().collect();
                let refs: Vec<u32> = words.chunks(3).filter_map(|c| c[0].parse().ok()).collect();
                todo.extend(refs.into_iter().rev());
            }
            None => out.push((node, 0)),
        }
    }
    Some(out)
}

/// A number as PDF writes it, to a hundredth of a point.
fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A text string in UTF-16 with its byte-order mark, as hex (`<FEFF…>`).
fn utf16(text: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in text.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out.push('>');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(page: usize, field: &str, name: &str) -> Zone {
        Zone {
            page,
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 10.0,
            field: field.into(),
            name: name.into(),
        }
    }

    #[test]
    fn fields_are_named_for_their_signer_and_page() {
        let zones = [
            zone(1, "signer", "Nguyễn Hồng Dân"),
            zone(1, "agency", ""),
            zone(2, "signer", "Nguyễn Hồng Dân"),
            zone(2, "agency", ""),
        ];
        let names: Vec<(String, String)> = names(&zones);
        let want = [
            ("ky-so-nguyen-hong-dan", "Chữ ký số của Nguyễn Hồng Dân"),
            ("ky-so-co-quan", "Chữ ký số của cơ quan"),
            (
                "ky-so-nguyen-hong-dan-trang-2",
                "Chữ ký số của Nguyễn Hồng Dân",
            ),
            ("ky-so-co-quan-trang-2", "Chữ ký số của cơ quan"),
        ];
        for ((n, s), (wn, ws)) in names.iter().zip(want) {
            assert_eq!((n.as_str(), s.as_str()), (wn, ws));
        }
        // The agency's name is its own; two namesakes on one page are told apart.
        let zones = [
            zone(1, "signer", "Cơ Quan"),
            zone(1, "agency", ""),
            zone(1, "signer", "Võ Văn Bình"),
            zone(1, "signer", "Võ Văn Bình"),
        ];
        let got: Vec<String> = super::names(&zones).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            got,
            [
                "ky-so-nguoi-ky-co-quan",
                "ky-so-co-quan",
                "ky-so-vo-van-binh",
                "ky-so-vo-van-binh-trang-1"
            ]
        );
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(3.0), "3");
        assert_eq!(utf16("Ký"), "<FEFF004B00FD>");
    }
}
