//! Short import and export names between the release wasm and its glue.
//!
//! wasm-bindgen names each of the module's ~150 imports after the JavaScript
//! it calls plus a 16-digit hash (`__wbg_removeChild_d2dc6fc1d6db896b`), its
//! closure exports after their Rust types (up to 190 characters), and the
//! import module `./member-notice_bg.js`. Every name is written twice — in the
//! wasm's import and export sections and in the glue the loader carries — and
//! the hashes do not compress: together about 2.5 KB brotli of every first
//! view, paid for names nobody reads.
//!
//! binaryen's `--minify-imports-and-exports-and-modules` renames them in the
//! wasm (to `a`, `b`, … `$a`) and prints what it renamed as JSON; [`rename_glue`]
//! then writes the same names into the glue, and [`check_glue`] holds the two
//! to each other, so a wasm whose import the glue does not provide fails the
//! build instead of every member's page (`LinkError`).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// The import module wasm-bindgen's glue provides (`--out-name member-notice`).
const GLUE_MODULE: &str = "./member-notice_bg.js";

/// What binaryen renamed: (old, new) for each import and export.
#[derive(Debug, Default, PartialEq)]
pub struct Renames {
    /// Import names (the keys of the glue's import object).
    pub imports: Vec<(String, String)>,
    /// Export names (what the glue reads as `wasm.<name>`).
    pub exports: Vec<(String, String)>,
}

/// Runs binaryen's pass on `input` into `output` and returns its renames.
pub fn minify(wasm_opt: &Path, input: &Path, output: &Path) -> Result<Renames, String> {
    let out = Command::new(wasm_opt)
        .arg("--minify-imports-and-exports-and-modules")
        .arg(input)
        .arg("-o")
        .arg(output)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", wasm_opt.display()))?;
    if !out.status.success() {
        return Err(format!(
            "wasm-opt --minify-imports-and-exports-and-modules failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    parse(&String::from_utf8_lossy(&out.stdout))
}

/// Reads the pass's report: `{"imports": [[module, old, new], …],
/// "exports": [[old, new], …]}`. Every import must come from the glue's
/// module: a module the glue does not provide could not be renamed in it.
pub fn parse(report: &str) -> Result<Renames, String> {
    let start = report
        .find('{')
        .ok_or("wasm-opt printed no renames (binaryen changed its report?)")?;
    let value: serde_json::Value = serde_json::Deserializer::from_str(&report[start..])
        .into_iter()
        .next()
        .ok_or("wasm-opt's renames are empty")?
        .map_err(|e| format!("wasm-opt's renames are not JSON: {e}"))?;
    let list = |key: &str| -> Result<Vec<Vec<String>>, String> {
        serde_json::from_value(value.get(key).cloned().unwrap_or_default())
            .map_err(|e| format!("wasm-opt's renames have no list of {key}: {e}"))
    };
    let mut renames = Renames::default();
    for entry in list("imports")? {
        match entry.as_slice() {
            [module, old, new] if module == GLUE_MODULE => {
                renames.imports.push((old.clone(), new.clone()));
            }
            [module, old, _] => {
                return Err(format!(
                    "the wasm imports {old} from {module:?}, which the glue does not provide \
                     (only {GLUE_MODULE:?})"
                ));
            }
            _ => return Err(format!("wasm-opt reported an import as {entry:?}")),
        }
    }
    for entry in list("exports")? {
        match entry.as_slice() {
            [old, new] => renames.exports.push((old.clone(), new.clone())),
            _ => return Err(format!("wasm-opt reported an export as {entry:?}")),
        }
    }
    if renames.imports.is_empty() {
        return Err("wasm-opt renamed no imports (binaryen changed its report?)".into());
    }
    Ok(renames)
}

/// The glue with the module's new names: the import object's keys (inside
/// `imports`, the byte range of the glue's import function), its module key,
/// and each `wasm.<export>`. `module` is the import module's new name.
pub fn rename_glue(
    glue: &str,
    imports: (usize, usize),
    module: &str,
    renames: &Renames,
) -> Result<String, String> {
    let quoted = format!("\"{GLUE_MODULE}\"");
    if glue.matches(&quoted).count() != 1 {
        return Err(format!(
            "the glue names its import module {quoted} {} times, not once; update \
             xtask/src/short_names.rs for this wasm-bindgen version",
            glue.matches(&quoted).count()
        ));
    }
    let import_names: std::collections::HashMap<&str, &str> = renames
        .imports
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let export_names: std::collections::HashMap<&str, &str> = renames
        .exports
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let mut out = String::with_capacity(glue.len());
    let mut renamed_keys = BTreeSet::new();
    let mut copied = 0;
    for (start, end) in identifiers(glue) {
        let name = &glue[start..end];
        let new = if glue[..start].ends_with("wasm.") {
            export_names.get(name).copied()
        } else if is_import_key(glue, imports, (start, end)) {
            import_names.get(name).copied().inspect(|_| {
                renamed_keys.insert(name);
            })
        } else {
            None
        };
        if let Some(new) = new {
            out.push_str(&glue[copied..start]);
            out.push_str(new);
            copied = end;
        }
    }
    out.push_str(&glue[copied..]);
    let missing: Vec<_> = import_names
        .keys()
        .filter(|name| !renamed_keys.contains(*name))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the glue's import object has no key for the wasm's imports {missing:?}"
        ));
    }
    Ok(out.replacen(&quoted, &format!("\"{module}\""), 1))
}

/// Whether the identifier at `ident` is a key of the glue's import object:
/// inside `imports` (the byte range of its import function) and followed by
/// `:` — what the wasm's imports are looked up by at instantiation.
fn is_import_key(glue: &str, imports: (usize, usize), (start, end): (usize, usize)) -> bool {
    (imports.0..imports.1).contains(&start) && glue[end..].trim_start().starts_with(':')
}

/// Each identifier's byte range in `source` (`[A-Za-z0-9_$]+` not starting
/// with a digit), outside string literals and comments.
fn identifiers(source: &str) -> Vec<(usize, usize)> {
    let bytes = source.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            quote @ (b'"' | b'\'' | b'`') => {
                at += 1;
                while at < bytes.len() && bytes[at] != quote {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                at += 1;
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                at = source[at..].find('\n').map_or(bytes.len(), |n| at + n);
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = source[at + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| at + n + 4);
            }
            b if is_ident(b) => {
                let start = at;
                while at < bytes.len() && is_ident(bytes[at]) {
                    at += 1;
                }
                if !bytes[start].is_ascii_digit() {
                    out.push((start, at));
                }
            }
            _ => at += 1,
        }
    }
    out
}

/// The import modules and names of a wasm binary, from its import section.
pub fn wasm_imports(wasm: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut reader = Reader { bytes: wasm, at: 8 };
    if wasm.get(..4) != Some(b"\0asm") {
        return Err("not a wasm binary".into());
    }
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let size = reader.leb()? as usize;
        let end = reader.at + size;
        if id != 2 {
            reader.at = end;
            continue;
        }
        let mut imports = Vec::new();
        for _ in 0..reader.leb()? {
            let module = reader.name()?;
            let name = reader.name()?;
            match reader.byte()? {
                0 => drop(reader.leb()?), // function: its type
                1 => {
                    reader.byte()?; // table: element type, limits
                    reader.limits()?;
                }
                2 => reader.limits()?, // memory
                3 => reader.at += 2,   // global: value type, mutability
                4 => {
                    reader.byte()?; // tag: attribute, type
                    reader.leb()?;
                }
                kind => return Err(format!("import {module}.{name} of unknown kind {kind}")),
            }
            imports.push((module, name));
        }
        return Ok(imports);
    }
    Ok(Vec::new())
}

/// The one module `imports` (a wasm's, [`wasm_imports`]) come from: the
/// glue provides one import object.
pub fn import_module(imports: &[(String, String)]) -> Result<&str, String> {
    let modules: BTreeSet<_> = imports.iter().map(|(module, _)| module.as_str()).collect();
    match modules.into_iter().collect::<Vec<_>>()[..] {
        [module] => Ok(module),
        [] => Err("the wasm imports nothing".into()),
        _ => Err("the wasm imports from more than one module".into()),
    }
}

/// Fails unless every import in `wanted` (the wasm's, [`wasm_imports`]) is a
/// key the `glue` provides: what the browser checks at instantiation,
/// checked at build time.
pub fn check_glue(
    wanted: &[(String, String)],
    glue: &str,
    imports: (usize, usize),
) -> Result<(), String> {
    let keys: BTreeSet<&str> = identifiers(glue)
        .into_iter()
        .filter(|&ident| is_import_key(glue, imports, ident))
        .map(|(start, end)| &glue[start..end])
        .collect();
    let absent: Vec<_> = wanted
        .iter()
        .filter(|(_, name)| !keys.contains(name.as_str()))
        .map(|(_, name)| name.as_str())
        .collect();
    if absent.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the glue provides no import {absent:?} the wasm asks for; the wasm would not instantiate"
        ))
    }
}

/// A cursor over a wasm binary.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.at).ok_or("the wasm ends early")?;
        self.at += 1;
        Ok(byte)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                return Err("a number in the wasm is too long".into());
            }
        }
    }

    fn name(&mut self) -> Result<String, String> {
        let len = self.leb()? as usize;
        let bytes = self
            .bytes
            .get(self.at..self.at + len)
            .ok_or("the wasm ends inside a name")?;
        self.at += len;
        String::from_utf8(bytes.to_vec()).map_err(|_| "a name in the wasm is not UTF-8".into())
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = r#"{
 "imports": [
  ["./member-notice_bg.js", "__wbg_removeChild_d2dc6fc1d6db896b", "a"],
  ["./member-notice_bg.js", "__wbindgen_init_externref_table", "b"]
 ],
"exports": [
  ["memory", "c"],
  ["start", "d"]
 ]
}
"#;

    const GLUE: &str = r#"let wasm;
function __wbg_get_imports() {
    const import0 = {
        __wbg_removeChild_d2dc6fc1d6db896b: function(arg0, arg1) { return arg0.removeChild(arg1); },
        __wbindgen_init_externref_table: function() { const t = wasm.start; /* start: */ },
    };
    return { __proto__: null, "./member-notice_bg.js": import0 };
}
function start() { wasm.start(); const memory = wasm.memory; "wasm.start"; }
"#;

    fn span(glue: &str) -> (usize, usize) {
        let open = glue.find("const import0").unwrap();
        (open, glue.find("return {").unwrap())
    }

    #[test]
    fn the_report_is_read_and_a_foreign_module_refused() {
        let renames = parse(&format!("[PassRunner] note\n{REPORT}{REPORT}")).unwrap();
        assert_eq!(renames.imports.len(), 2);
        assert_eq!(renames.exports[1], ("start".into(), "d".into()));
        let foreign = REPORT.replacen("./member-notice_bg.js", "env", 1);
        assert!(parse(&foreign).unwrap_err().contains("\"env\""));
        assert!(parse("nothing").is_err());
    }

    #[test]
    fn keys_module_and_exports_are_renamed_and_nothing_else() {
        let renames = parse(REPORT).unwrap();
        let out = rename_glue(GLUE, span(GLUE), "a", &renames).unwrap();
        assert!(out.contains("        a: function(arg0, arg1) { return arg0.removeChild(arg1); }"));
        assert!(out.contains("        b: function() { const t = wasm.d; /* start: */ }"));
        assert!(out.contains("\"a\": import0"));
        // The local `memory` and the string stay; the exports are renamed.
        assert!(
            out.contains("function start() { wasm.d(); const memory = wasm.c; \"wasm.start\"; }")
        );
    }

    #[test]
    fn an_import_the_glue_lacks_fails() {
        let mut renames = parse(REPORT).unwrap();
        renames.imports.push(("__wbg_new_0123".into(), "e".into()));
        let error = rename_glue(GLUE, span(GLUE), "a", &renames).unwrap_err();
        assert!(error.contains("__wbg_new_0123"), "{error}");
    }

    /// A module importing `a.f` and `a.g` (functions) and `a.m` (a memory).
    fn module() -> Vec<u8> {
        let mut section = vec![3];
        for (name, kind) in [("f", 0u8), ("g", 0), ("m", 2)] {
            section.extend([1, b'a', 1, name.as_bytes()[0], kind]);
            section.extend(if kind == 2 { vec![0, 1] } else { vec![0] });
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // a type section: () -> ()
        wasm.extend([2, section.len() as u8]);
        wasm.extend(section);
        wasm
    }

    #[test]
    fn the_import_section_is_read_and_checked_against_the_glue() {
        let wasm = module();
        let names: Vec<_> = wasm_imports(&wasm)
            .unwrap()
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["f", "g", "m"]);
        let wanted = wasm_imports(&wasm).unwrap();
        assert_eq!(import_module(&wanted).unwrap(), "a");
        let glue = "function __wbg_get_imports() { const import0 = { f: 1, g: 2, m: 3 }; }";
        assert_eq!(check_glue(&wanted, glue, (0, glue.len())), Ok(()));
        let short = "function __wbg_get_imports() { const import0 = { f: 1, m: 3, x: g }; }";
        let error = check_glue(&wanted, short, (0, short.len())).unwrap_err();
        assert!(error.contains("[\"g\"]"), "{error}");
    }

    #[test]
    fn the_imports_come_from_one_module() {
        let import = |module: &str| (module.to_owned(), "f".to_owned());
        assert!(import_module(&[]).unwrap_err().contains("nothing"));
        let two = [import("a"), import("b")];
        assert!(import_module(&two).unwrap_err().contains("more than one"));
        assert_eq!(import_module(&[import("a"), import("a")]), Ok("a"));
    }
}
