//! What a page hands its islands. Each island's data (an index: ids,
//! titles, facets; never the report) is JSON in a
//! `<script type="application/json">` block the page renders beside it;
//! in the browser, `JSON.parse` reads it and the island takes its fields
//! one by one ([`FromJson`]). Leptos's own island props carry the same
//! JSON in an attribute but read it with serde_json, which then weighs in
//! every timeline, interview and search page's wasm (bench/size.md).

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::js_sys;

/// The interview reader's and its find bar's data block.
pub const READER_DATA: &str = "reader-data";
/// The timeline island's.
pub const TIMELINE_DATA: &str = "timeline-data";
/// The interviews search's.
pub const SEARCH_DATA: &str = "search-data";

/// An island's data as the page carries it: what it needs, the site's base
/// and the in-app address the page was prerendered for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IslandData<T> {
    pub data: T,
    pub base: String,
    pub at: String,
}

impl<T: Serialize> IslandData<T> {
    /// The data block `id`, holding [`Self::json`].
    pub fn block(&self, id: &'static str) -> impl IntoView + use<T> {
        view! { <script type="application/json" id=id inner_html=self.json()></script> }
    }

    /// The data as JSON, `<` written `\u003c` (a JSON escape), so that no
    /// text of the report can end the block or open a comment in it.
    pub fn json(&self) -> String {
        serde_json::to_string(self)
            .expect("an island's data is strings, numbers and lists")
            .replace('<', "\\u003c")
    }
}

impl<T: FromJson> IslandData<T> {
    /// The page's data block `id`, read. Where it is missing or does not
    /// read, says so in the console and gives `None`: the island then
    /// leaves the prerendered page as it is, readable, if not interactive.
    pub fn read(id: &str) -> Option<Self> {
        let read = document()
            .get_element_by_id(id)
            .and_then(|block| block.text_content())
            .and_then(|json| js_sys::JSON::parse(&json).ok())
            .and_then(|value| Self::from_json(&value));
        if read.is_none() {
            leptos::logging::error!(
                "the page's `{id}` data block is missing or does not read: this part of the page stays as prerendered"
            );
        }
        read
    }
}

/// A value read from one `JSON.parse` made: `None` when it has another
/// shape.
pub trait FromJson: Sized {
    fn from_json(value: &JsValue) -> Option<Self>;
}

/// Field `name` of a parsed object.
pub fn field<T: FromJson>(object: &JsValue, name: &str) -> Option<T> {
    T::from_json(&js_sys::Reflect::get(object, &JsValue::from_str(name)).ok()?)
}

/// [`FromJson`] for a struct whose fields serde writes by their names.
macro_rules! from_json_fields {
    ($type:ty { $($field:ident),* $(,)? }) => {
        impl $crate::islands::data::FromJson for $type {
            fn from_json(value: &wasm_bindgen::JsValue) -> Option<Self> {
                Some(Self {
                    $($field: $crate::islands::data::field(value, stringify!($field))?,)*
                })
            }
        }
    };
}
pub(crate) use from_json_fields;

impl FromJson for String {
    fn from_json(value: &JsValue) -> Option<Self> {
        value.as_string()
    }
}

impl FromJson for usize {
    fn from_json(value: &JsValue) -> Option<Self> {
        let number = value.as_f64()?;
        (number >= 0.0 && number.fract() == 0.0).then_some(number as usize)
    }
}

/// serde writes `None` as `null`, or leaves the field out.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &JsValue) -> Option<Self> {
        if value.is_null() || value.is_undefined() {
            Some(None)
        } else {
            T::from_json(value).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &JsValue) -> Option<Self> {
        if !js_sys::Array::is_array(value) {
            return None;
        }
        js_sys::Array::from(value)
            .iter()
            .map(|item| T::from_json(&item))
            .collect()
    }
}

/// serde writes a pair as a list of two.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(value: &JsValue) -> Option<Self> {
        let pair = Vec::<JsValue>::from_json(value)?;
        match pair.as_slice() {
            [a, b] => Some((A::from_json(a)?, B::from_json(b)?)),
            _ => None,
        }
    }
}

impl FromJson for JsValue {
    fn from_json(value: &JsValue) -> Option<Self> {
        Some(value.clone())
    }
}

impl<T: FromJson> FromJson for IslandData<T> {
    fn from_json(value: &JsValue) -> Option<Self> {
        Some(Self {
            data: field(value, "data")?,
            base: field(value, "base")?,
            at: field(value, "at")?,
        })
    }
}
