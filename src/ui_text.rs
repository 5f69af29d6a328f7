//! Every string the interface itself says (not the report's words), in one
//! place, so that a French edition can supply its own.

/// The site's name in the header and in page titles.
pub const SITE_NAME: &str = "The Renault-Nissan Alliance";
/// What the site is, under its name.
pub const SITE_TAGLINE: &str = "Renault 2016-2017 Annual Report";
/// The skip link's text.
pub const SKIP_TO_CONTENT: &str = "Skip to content";
/// Accessible name of the main navigation.
pub const MAIN_NAVIGATION: &str = "Main";
/// Navigation: the front page.
pub const NAV_STORY: &str = "Story";
/// Footer: where the text comes from.
pub const FOOTER_SOURCE: &str = "Source: Renault 2016-2017 Annual Report, “The Renault-Nissan Alliance” (extract). Values the extract lost are restored from public sources and marked as such.";
/// Heading of the page for an unknown address.
pub const NOT_FOUND_HEADING: &str = "Page not found";
/// Explanation on the page for an unknown address.
pub const NOT_FOUND_BODY: &str =
    "There is no page at this address. It may have moved, or the link may be mistyped.";
/// Link back to the front page.
pub const BACK_TO_STORY: &str = "Back to the story";
/// Announced while the report loads.
pub const LOADING_REPORT: &str = "Loading the report…";
/// The button that loads the report again after a failure.
pub const TRY_AGAIN: &str = "Try again";
/// Heading over the list of validation problems.
pub const PROBLEMS_HEADING: &str = "Problems found";

/// Messages for each way loading the report can fail.
pub mod load_error {
    /// `?data=` names another site.
    pub const FOREIGN_ORIGIN_TITLE: &str = "This report cannot be loaded";
    /// 404 or 410.
    pub const NOT_FOUND_TITLE: &str = "The report could not be found";
    /// Another HTTP error.
    pub const HTTP_TITLE: &str = "The report could not be loaded";
    /// No answer at all.
    pub const NETWORK_TITLE: &str = "The report could not be reached";
    /// Not served as JSON.
    pub const NOT_JSON_TITLE: &str = "The report is not a JSON file";
    /// JSON syntax or structure error.
    pub const MALFORMED_TITLE: &str = "The report file is damaged";
    /// Validation problems.
    pub const INVALID_TITLE: &str = "The report has problems";

    /// Why a `?data=` address was refused.
    pub fn foreign_origin(requested: &str) -> String {
        format!(
            "The address “{requested}” is not on this site. Only reports published on this site can be shown, for example ?data=data/report.json."
        )
    }

    /// The server answered with an error status.
    pub fn http(url: &str, status: u16) -> String {
        match status {
            404 | 410 => format!("There is no file at {url} (HTTP {status})."),
            _ => format!("The server answered HTTP {status} for {url}."),
        }
    }

    /// The request got no answer.
    pub fn network(url: &str, detail: &str) -> String {
        format!(
            "No answer came for {url}. Check your connection, then try again. (The browser said: {detail})"
        )
    }

    /// The answer was not JSON.
    pub fn not_json(url: &str, content_type: &str) -> String {
        format!(
            "{url} was served as {content_type}, not as JSON: the address may lead to a web page instead of the report file."
        )
    }

    /// The JSON is broken at a position.
    pub fn malformed(url: &str, kind: &str, line: usize, column: usize, message: &str) -> String {
        format!("{url}, line {line}, column {column}: {kind}: {message}.")
    }

    /// The report breaks the format's rules.
    pub fn invalid(url: &str, count: usize) -> String {
        let rules = if count == 1 {
            "1 problem"
        } else {
            &format!("{count} problems")
        };
        format!(
            "{url} is readable, but has {rules}. Each is listed below with where it is in the file."
        )
    }
}

/// Heading of the key-figures band.
pub const KEY_FIGURES: &str = "Key figures";
/// Marks a number the extract lost, restored from a public source.
pub const RESTORED_VALUE: &str = "Restored: not in the extract";
/// Introduces an external source.
pub const SOURCE_EXTERNAL: &str = "Source outside the report:";
/// A value the report itself gives.
pub const SOURCE_THIS_REPORT: &str = "Source: this report.";
