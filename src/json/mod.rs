//! A small JSON reader and writer for what the widget exchanges with its
//! page: configs, mount options, app messages and event details.
//!
//! Why not `serde_json`: in the wasm it cost about 50 KB of code (its
//! deserializer, `Value`, float parsing and printing), which every member
//! downloads. The widget's JSON is small objects of strings, booleans and
//! small integers, so this module reads RFC 8259 JSON into a [`Value`] tree,
//! keeps numbers as their text (no floats), and writes compact JSON back.
//! Native tools and tests still use `serde_json`.

mod parse;
mod value;
mod write;

pub use parse::{parse, ParseError, MAX_DEPTH};
pub use value::{Object, Value};
