use super::*;

#[test]
fn an_entry_is_replaced_past_nested_values_or_added() {
    let cases = [
        (
            "<</Type/Catalog/Pages 2 0 R>>",
            "/AcroForm",
            "/AcroForm 9 0 R",
            "<</Type/Catalog/Pages 2 0 R/AcroForm 9 0 R>>",
        ),
        (
            "<</Metadata 3 0 R/Pages 2 0 R>>",
            "/Metadata",
            "/Metadata 9 0 R",
            "<</Metadata 9 0 R/Pages 2 0 R>>",
        ),
        (
            "<</Annots [4 0 R 5 0 R]/Contents 6 0 R>>",
            "/Annots",
            "/Annots [4 0 R 5 0 R 9 0 R]",
            "<</Annots [4 0 R 5 0 R 9 0 R]/Contents 6 0 R>>",
        ),
        (
            "<</Info <</A (x/y) /B [1 2]>>/Z 1>>",
            "/Info",
            "/Info 1",
            "<</Info 1/Z 1>>",
        ),
    ];
    for (dict, key, entry, want) in cases {
        assert_eq!(with_entry(dict, key, entry), want, "{dict}");
    }
}
