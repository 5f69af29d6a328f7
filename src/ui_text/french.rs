use super::catalogue::*;
use super::plural;
use crate::components::settings::{TextSize, Theme};

/// The interface in French, for reports written in French. French
/// typography: a narrow no-break space (U+202F) before « ; : ! ? » and
/// inside guillemets, so that none of them starts a line.
pub const FRENCH: Words = Words {
    skip_to_content: "Aller au contenu",
    new_edition: "Une nouvelle édition de ce rapport a été publiée.",
    take_new_edition: "Lire la nouvelle édition",
    not_now: "Plus tard",
    main_navigation: "Principale",
    nav_story: "Récit",
    nav_timeline: "Chronologie",
    nav_interviews: "Entretiens",
    nav_about: "À propos de cette édition",
    nav_accessibility: "Accessibilité",
    footer_navigation: "À propos du site",
    footer_source: |publication, title, restores| {
        let restored = if restores {
            " Les valeurs restituées d’après des sources publiques sont signalées comme telles."
        } else {
            ""
        };
        format!("Source\u{202f}: {publication}, «\u{202f}{title}\u{202f}».{restored}")
    },
    front_page_title: |title, subtitle, publication| match subtitle {
        Some(subtitle) => format!("{title}\u{202f}: {subtitle} · {publication}"),
        None => format!("{title} · {publication}"),
    },
    not_found_heading: "Page introuvable",
    not_found_body: "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.",
    back_to_story: "Revenir au récit",
    try_again: "Réessayer",
    key_figures: "Chiffres clés",
    restored_value: "Restitué\u{202f}: absent de l’extrait",
    external_source_note: |citation, detail| {
        format!("Source extérieure au rapport\u{202f}: {citation}. {detail}")
    },
    source_this_report: "Source\u{202f}: ce rapport.",
    timeline: TimelineWords {
        heading: "Chronologie",
        intro: |first, last| {
            format!(
                "Les événements du récit, de {first} à {last}. Chaque événement indique ses sources\u{202f}; les faits extérieurs au rapport sont signalés comme tels."
            )
        },
        list_label: "Événements",
        every_event: "Tous les événements",
        other_events: "Autres événements",
        filter_heading: "Filtrer les événements",
        by_site: "Lieu",
        by_theme: "Thème",
        clear_filters: "Effacer les filtres",
        nothing_matches: "Aucun événement ne correspond à ces filtres.",
        choose_an_event: "Choisissez un événement ci-dessus pour le lire et voir ses sources.",
        stepper_label: "Parcourir les événements",
        previous: "Précédent",
        next: "Suivant",
        previous_arrow: "← ",
        next_arrow: " →",
        previous_event: "Événement précédent",
        next_event: "Événement suivant",
        r#where: "Lieu",
        themes: "Thèmes",
        people: "Personnes",
        note: "Note\u{202f}:",
        sources: "Sources",
        from_the_report: "Dans le rapport",
        outside_the_report: "Hors du rapport",
        place_front_page: "la page d’accueil",
        loading_event: "Chargement de l’événement…",
        event_unreachable: "Cet événement n’a pas pu être chargé\u{202f}: aucune réponse. Vérifiez votre connexion, puis réessayez.",
        event_not_served: |status| {
            format!(
                "Cet événement n’a pas pu être chargé\u{202f}: le serveur a répondu HTTP {status}. Réessayez."
            )
        },
        event_not_in_page: "Cet événement n’a pas pu être chargé\u{202f}: sa page ne le contient pas. Le site a peut-être été mis à jour\u{202f}; rechargez la page.",
        window_position: |first, last, total| {
            format!(
                "Événements {first} à {last} sur {}",
                super::thousands(total, "\u{202f}")
            )
        },
        window_label: "Autres événements",
        earlier_events: "Événements précédents",
        later_events: "Événements suivants",
        showing: |shown, total| match (shown == total, total) {
            (true, 1) => "L’événement est affiché.".to_string(),
            (true, _) => format!("Les {total} événements sont affichés."),
            (false, _) => {
                let shown_words = plural(shown, "événement affiché", "événements affichés");
                format!("{shown} {shown_words} sur {total}.")
            }
        },
        count_in_brackets: |count| format!("({count})"),
        position: |index, total| format!("Événement {index} sur {total}"),
        read_in_context: |place| format!("Le lire dans son contexte\u{202f}: {place}"),
        place_article: |heading| format!("«\u{202f}{heading}\u{202f}»"),
        place_intro: |name| format!("l’entretien avec {name}"),
        place_answer: |name, question| format!("{name}, en réponse à «\u{202f}{question}\u{202f}»"),
    },
    interviews: InterviewWords {
        heading: "Entretiens",
        intro: |names| match names {
            [one] => format!("{one}, avec ses propres mots."),
            _ => format!("{}, avec leurs propres mots.", super::listed(names, " et ")),
        },
        questions: "Questions",
        question_index_label: "Questions de cet entretien",
        all_interviews: "Tous les entretiens",
        next_interview: |total| {
            if total == 2 {
                "Lire l’autre entretien"
            } else {
                "Lire l’entretien suivant"
            }
        },
        in_the_timeline: "Dans la chronologie\u{202f}:",
        introduction: "Introduction",
        reading_progress: "Progression de la lecture",
        shortcuts_hint: "Touches\u{202f}: / rechercher, j question suivante, k question précédente.",
        find_label: "Rechercher dans cet entretien",
        find_all_label: |count| match count {
            1 => "Rechercher dans l’entretien".to_string(),
            2 => "Rechercher dans les deux entretiens".to_string(),
            _ => format!("Rechercher dans les {count} entretiens"),
        },
        find_hint: "Entrée\u{202f}: occurrence suivante. Maj+Entrée\u{202f}: précédente. Échap\u{202f}: effacer.",
        no_matches: "Aucun résultat",
        previous_match: "Occurrence précédente",
        next_match: "Occurrence suivante",
        previous_match_glyph: "↑",
        next_match_glyph: "↓",
        copy_link: "Copier le lien",
        copy_quote: "Copier la citation",
        link_copied: "Lien copié",
        quote_copied: "Citation copiée, avec sa référence",
        quote_not_copied: "La citation n’a pas pu être copiée\u{202f}: le navigateur a refusé l’accès au presse-papiers. Sélectionnez le texte et copiez-le avec le clavier ou le menu.",
        link_not_copied: |url| {
            format!(
                "Le lien n’a pas pu être copié\u{202f}: le navigateur a refusé l’accès au presse-papiers. Le lien est {url}"
            )
        },
        reading_time: |minutes| format!("{minutes}\u{a0}min de lecture"),
        interview_title: |name| format!("Entretien avec {name}"),
        role_at: |role, organisation| format!("{role}, {organisation}"),
        match_position: |position, total| format!("{position} sur {total}"),
        results_summary: |matches, places| {
            let match_word = plural(matches, "résultat", "résultats");
            let place_word = plural(places, "passage", "passages");
            format!("{matches} {match_word} dans {places} {place_word}")
        },
        result_matches: |count| format!("{count} {}", plural(count, "résultat", "résultats")),
        progress_text: |percent| format!("{percent}\u{a0}% lu"),
        citation: |quote, name, role, organisation, publication, url| {
            format!(
                "«\u{202f}{quote}\u{202f}»\n— {name}, {role}, {organisation}. {publication}.\n{url}"
            )
        },
    },
    settings: SettingsWords {
        summary: "Affichage",
        summary_icon: "Aa",
        text_size: "Taille du texte",
        theme: "Thème",
        shortcuts: "Raccourcis à une touche (/, j, k)",
        text_size_name: |size| match size {
            TextSize::Small => "Petite",
            TextSize::Standard => "Normale",
            TextSize::Large => "Grande",
            TextSize::Larger => "Très grande",
        },
        theme_name: |theme| match theme {
            Theme::System => "Comme le système",
            Theme::Light => "Clair",
            Theme::Dark => "Sombre",
        },
    },
    story: StoryWords {
        see_key_figures: "Voir les chiffres clés",
        read_more: "Lire la suite",
        entry_points_label: "Explorer le récit",
        timeline_entry: "La chronologie",
        timeline_entry_text: |count, first, last| {
            format!(
                "{count} {}, de {first} à {last}.",
                plural(count, "événement", "événements")
            )
        },
        interviews_entry: "Les entretiens",
        read_in_interview: "La lire dans l’entretien",
        quote_role: |role, organisation| format!(", {role}, {organisation}."),
        read_interview_with: |name| format!("Lire l’entretien avec {name}"),
    },
    about: AboutWords {
        heading: "À propos de cette édition",
        from_the_report_heading: "Les mots du rapport",
        from_the_report: |title, publication| {
            format!(
                "Les articles, les entretiens, les citations mises en exergue, les résumés «\u{202f}lire la suite\u{202f}» et les libellés des chiffres clés sont repris mot pour mot de «\u{202f}{title}\u{202f}», dans {publication}. Les titres courants et les liens imprimés «\u{202f}lire la suite\u{202f}» sont omis."
            )
        },
        restored: "Chiffres restitués d’après des sources publiques",
        restored_intro: "Ces chiffres ne figurent pas dans le texte du rapport. Ils sont restitués d’après ces sources publiques et signalés «\u{202f}Restitué\u{202f}» partout où ils apparaissent.",
        outside_sources: "Sources extérieures au rapport",
        outside_sources_intro: "Le rapport ne date lui-même que quelques faits. La chronologie ajoute des faits datés tirés de ces sources publiques\u{202f}; chaque événement indique ce qui vient du rapport et ce qui vient d’ailleurs.",
        cited_by: "Cité par\u{202f}:",
        written_here: "Écrit pour cette édition",
        written_here_body: "Les titres et résumés de la chronologie, les noms des lieux et des thèmes, les introductions et les mots de l’interface ont été écrits pour cette édition. Ils ne remplacent jamais les phrases du rapport\u{202f}; ils y renvoient.",
    },
    accessibility: AccessibilityWords {
        heading: "Accessibilité",
        target: "Cette édition vise la conformité au niveau AA des Règles pour l’accessibilité des contenus web (WCAG) 2.2, sur téléphone et sur ordinateur, au clavier, à la souris, au toucher ou avec un lecteur d’écran.",
        what_you_can_do: "Ce que vous pouvez faire",
        features: &[
            "Utiliser chaque commande au clavier\u{202f}; «\u{202f}Aller au contenu\u{202f}» est le premier arrêt de chaque page et le focus est toujours visible.",
            "Parcourir les événements de la chronologie avec les flèches, Début et Fin, et en choisir un avec Entrée ou Espace\u{202f}; l’événement choisi est annoncé.",
            "Rechercher dans un entretien avec «\u{202f}/\u{202f}», passer d’une question à l’autre avec j et k, et désactiver ces raccourcis dans Affichage.",
            "Choisir une plus grande taille de texte et un thème clair ou sombre dans Affichage\u{202f}; votre choix est mémorisé sur cet appareil.",
            "Lire sans animation\u{202f}: le mouvement est coupé quand votre système demande de le réduire.",
        ],
        how_tested: "Comment c’est vérifié",
        tests: &[
            "Des tests automatisés dans Chromium et Firefox vérifient l’usage au clavier, le focus, les noms accessibles, les annonces et les réglages du lecteur à chaque modification.",
            "Des tests de bout en bout parcourent le site publié, hébergé comme un site statique, dans Chromium, Firefox et WebKit, sur téléphone et sur ordinateur.",
            "Sur chaque page, dans les thèmes clair et sombre, sur téléphone et sur ordinateur, l’audit axe-core ne trouve aucune infraction aux règles WCAG 2.0, 2.1 et 2.2 de niveaux A et AA.",
            "Sur chaque page, la touche Tab seule atteint chaque commande, et chacune affiche un contour de focus visible.",
            "Les couleurs sont choisies pour un contraste d’au moins 4,5:1 pour le texte et 3:1 pour les commandes et le focus, dans les deux thèmes.",
        ],
        known_limits: "Limites connues",
        limits: &[
            "Sans JavaScript, les pages se lisent et leurs liens se suivent, mais les filtres de la chronologie, la recherche dans le texte et les réglages d’affichage en ont besoin.",
            "Copier un lien ou une citation demande l’autorisation du navigateur d’utiliser le presse-papiers\u{202f}; en cas de refus, le lien est affiché pour être copié à la main.",
            "Les audits automatisés ne trouvent qu’une partie des problèmes\u{202f}; les pages n’ont pas encore été relues avec chaque lecteur d’écran par ses utilisateurs.",
        ],
    },
    descriptions: DescriptionWords {
        story: |title, headline, publication| {
            format!("{title}\u{202f}: {headline}. Extrait de {publication}.")
        },
        about: "Ce qui, dans cette édition, est le texte même du rapport, quels chiffres ont été restitués et d’après quelles sources.",
        accessibility: "Comment cette édition vise le niveau AA des WCAG 2.2, comment c’est vérifié et ses limites connues.",
        not_found: |title| {
            format!(
                "Il n’y a pas de page à cette adresse dans cette édition de «\u{202f}{title}\u{202f}»."
            )
        },
        interview: |name, role, publication| {
            format!("Entretien avec {name}, {role}, extrait de {publication}.")
        },
        event: |date, summary| format!("{date}\u{202f}: {summary}"),
        question: |name, question| format!("{name} répond\u{202f}: «\u{202f}{question}\u{202f}»"),
    },
};
