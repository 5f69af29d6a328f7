//! Finding things by id, for the views: each a linear scan, which is plenty
//! for a report's few dozen items (the timeline's events are looked up once
//! per selection).

use super::interview::Interview;
use super::report::{Article, Report};
use super::timeline::{Event, Site, Theme};

impl Report {
    /// The interview with this id (the interviewee's).
    pub fn interview(&self, id: &str) -> Option<&Interview> {
        self.interviews.iter().find(|interview| interview.id == id)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|article| article.id == id)
    }

    /// The timeline event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.events.iter().find(|event| event.id == id)
    }

    /// The site with this id.
    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|site| site.id == id)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_kind_is_found_by_its_id_and_unknown_ids_by_none() {
        let report = crate::bundled_report();
        assert_eq!(
            report
                .interview("catherine-perez")
                .unwrap()
                .interviewee
                .name,
            "Catherine Perez"
        );
        assert_eq!(
            report.article("recruitments").unwrap().heading,
            "Nearly 600 recruitments"
        );
        assert_eq!(
            report.event("oppama-training").unwrap().title,
            "Training in Japan"
        );
        assert_eq!(report.site("oppama").unwrap().label, "Oppama");
        assert_eq!(report.theme("training").unwrap().label, "Training");
        assert!(report.interview("oppama").is_none() && report.site("catherine-perez").is_none());
    }
}
