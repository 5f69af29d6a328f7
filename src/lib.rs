//! micra-flins: the Renault-Nissan Alliance feature of Renault's 2016-2017
//! annual report as a client-side web app.

pub mod model;
