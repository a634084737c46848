//! Amounts of money in Vietnamese words (`1.005.000` → `Một triệu không trăm linh năm nghìn đồng`).

pub use crate::model::WordOptions;

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];
const BILLION: u64 = 1_000_000_000;

/// The amount in words, capitalised, ending in `đồng`.
pub fn money(amount: u64, opts: WordOptions) -> String {
    let words = number(amount, opts);
    let mut chars = words.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    format!("{first}{} đồng", chars.as_str())
}

/// The number in lower-case words (`21` → `hai mươi mốt`).
pub fn number(n: u64, opts: WordOptions) -> String {
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let mut parts = Vec::new();
    read(n, false, opts, &mut parts);
    parts.join(" ")
}

/// Reads `n` (> 0); `full` means a higher part precedes it, so empty hundreds are spoken.
fn read(n: u64, full: bool, opts: WordOptions, out: &mut Vec<&'static str>) {
    if n >= BILLION {
        read(n / BILLION, full, opts, out);
        out.push("tỷ");
        if !n.is_multiple_of(BILLION) {
            read(n % BILLION, true, opts, out);
        }
        return;
    }
    let thousand = if opts.ngan { "ngàn" } else { "nghìn" };
    let groups = [
        (n / 1_000_000, "triệu"),
        (n / 1000 % 1000, thousand),
        (n % 1000, ""),
    ];
    let mut started = full;
    for (g, scale) in groups {
        if g == 0 {
            continue;
        }
        group(g, started, opts, out);
        if !scale.is_empty() {
            out.push(scale);
        }
        started = true;
    }
}

/// Reads one group of three digits (1–999).
fn group(g: u64, full: bool, opts: WordOptions, out: &mut Vec<&'static str>) {
    let (h, t, u) = (
        (g / 100) as usize,
        (g / 10 % 10) as usize,
        (g % 10) as usize,
    );
    if h > 0 || full {
        out.push(DIGITS[h]);
        out.push("trăm");
    }
    match t {
        0 if u > 0 && (h > 0 || full) => {
            out.push(if opts.le { "lẻ" } else { "linh" });
            out.push(DIGITS[u]);
        }
        0 if u > 0 => out.push(DIGITS[u]),
        0 => {}
        1 => {
            out.push("mười");
            match u {
                0 => {}
                5 => out.push("lăm"),
                _ => out.push(DIGITS[u]),
            }
        }
        _ => {
            out.push(DIGITS[t]);
            out.push("mươi");
            match u {
                0 => {}
                1 => out.push("mốt"),
                4 if opts.tu => out.push("tư"),
                5 => out.push("lăm"),
                _ => out.push(DIGITS[u]),
            }
        }
    }
}

#[cfg(test)]
mod tests;
