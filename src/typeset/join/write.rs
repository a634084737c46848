//! PDF objects written as bytes, in the one form thidua's joined files use.

use super::ENDOBJ;
use lopdf::{Dictionary, Object, StringFormat};
use std::io::Write;

/// Writes object `n` as an indirect object.
pub(super) fn indirect(out: &mut Vec<u8>, n: u32, object: &Object) {
    let _ = writeln!(out, "{n} 0 obj");
    write_object(out, object);
    out.extend_from_slice(ENDOBJ);
}

/// Whether `object` is written starting with a regular character (so it needs a space
/// after a preceding number, keyword or name).
fn regular(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Object::Real(r) => {
            let _ = write!(out, "{r}");
        }
        Object::Name(name) => write_name(out, name),
        Object::String(text, StringFormat::Literal) => {
            out.push(b'(');
            for &b in text {
                match b {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
            out.push(b')');
        }
        Object::String(text, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for &b in text {
                let _ = write!(out, "{b:02X}");
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 && regular(item) {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => write_dict(out, d),
        Object::Stream(s) => {
            let mut dict = s.dict.clone();
            dict.set("Length", Object::Integer(s.content.len() as i64));
            write_dict(out, &dict);
            out.extend_from_slice(b"stream\n");
            out.extend_from_slice(&s.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((n, g)) => {
            let _ = write!(out, "{n} {g} R");
        }
    }
}

fn write_dict(out: &mut Vec<u8>, d: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (k, v) in d {
        write_name(out, k);
        if regular(v) {
            out.push(b' ');
        }
        write_object(out, v);
    }
    out.extend_from_slice(b">>");
}

/// A name, with white space, delimiters, `#` and bytes outside `!`..`~` as `#xx`.
fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            let _ = write!(out, "#{b:02X}");
        } else {
            out.push(b);
        }
    }
}

pub(super) fn io(e: std::io::Error) -> String {
    t!("join-cannot-write", error = e.to_string())
}
