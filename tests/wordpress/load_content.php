<?php
/**
 * Loads IRIA-like content through WordPress's own functions. Deterministic: no randomness,
 * no clock (every date is given, and dates WordPress sets to "now" are set again after).
 */
require __DIR__ . '/bootstrap.php';
// As the administrator: block markup is saved as the editor saves it, unfiltered.
wp_set_current_user(1);
// Permalink rules, now that the structure was set before this process registered taxonomies.
flush_rewrite_rules(false);

function iria_fail($what, $result) {
    if (is_wp_error($result) || !$result) {
        fwrite(STDERR, "$what: " . (is_wp_error($result) ? $result->get_error_message() : 'failed') . "\n");
        exit(1);
    }
    return $result;
}

function iria_term($name, $taxonomy, $parent = 0) {
    $args = ['slug' => sanitize_title($name)];
    if ($parent) {
        $args['parent'] = $parent;
    }
    return iria_fail("term $name", wp_insert_term($name, $taxonomy, $args))['term_id'];
}

/** Block markup as the block editor saves it. */
function iria_paragraphs($paragraphs) {
    $blocks = [];
    foreach ($paragraphs as $p) {
        $blocks[] = "<!-- wp:paragraph -->\n<p>$p</p>\n<!-- /wp:paragraph -->";
    }
    return implode("\n\n", $blocks);
}

/** Sets a post's modification date, which wp_insert_post and wp_update_post make "now". */
function iria_set_modified($id, $local) {
    global $wpdb;
    $wpdb->update($wpdb->posts, [
        'post_modified' => $local,
        'post_modified_gmt' => get_gmt_from_date($local),
    ], ['ID' => $id]);
    clean_post_cache($id);
}

$europe = iria_term('Europe', 'category');
$balkans = iria_term('Balkans', 'category', $europe);
$news = iria_term('News', 'category');
$asia = iria_term('Asia', 'category');
$americas = iria_term('Americas', 'category');
foreach (['Sanctions', 'Elections', 'Energy', 'Defense', 'Diplomacy', 'Migration', 'EU enlargement'] as $tag) {
    iria_term($tag, 'post_tag');
}

$authors = [];
foreach ([
    ['mhartmann', 'Marta', 'Hartmann', 'Marta Hartmann covers European security for IRIA and reported from Brussels for a decade.'],
    ['dsimic', 'Dragana', 'Šimić', ''],
    ['jokafor', 'James', 'Okafor', ''],
] as [$login, $first, $last, $bio]) {
    $id = iria_fail("user $login", wp_insert_user([
        'user_login' => $login,
        'user_pass' => "$login-test-password",
        'user_email' => "$login@example.org",
        'first_name' => $first,
        'last_name' => $last,
        'display_name' => "$first $last",
        'nickname' => "$first $last",
        'role' => 'author',
    ]));
    if ($bio) {
        update_user_meta($id, 'description', $bio);
    }
    $authors[$login] = $id;
}

/*
 * [slug, title, categories, tags, author, date (site's local time), modified or null,
 *  paragraphs]. Dates sit in winter (+01:00) and summer (+02:00), some close to the
 * switch (31 March 2024 03:30 is already summer time).
 */
$posts = [
    ['eu-leaders-agree-on-new-sanctions-package', 'EU leaders agree on new sanctions package',
        [$europe, $news], ['Sanctions', 'Diplomacy'], 'mhartmann', '2023-01-09 08:15:00', null, [
        'European Union leaders agreed on Monday on a tenth package of restrictive measures, targeting banks and dual-use exports.',
        'The package freezes the assets of 87 further individuals and closes loopholes in the oil price cap, diplomats said.',
        'Hungary lifted its objection after an exemption for a pipeline, the rotating presidency confirmed in Brussels.',
    ]],
    ['a-guide-to-the-europe-desk', 'A guide to the Europe desk’s coverage',
        [$europe], ['Diplomacy'], 'jokafor', '2023-02-01 12:00:00', null, [
        'The Europe desk follows the continent’s security, from the Baltic to the Adriatic, in short daily reports.',
        'Analysis pieces appear on Fridays; corrections are noted at the foot of each report.',
    ]],
    ['vucic-and-kurti-resume-talks-in-brussels', 'Vučić and Kurti resume talks in Brussels',
        [$balkans], ['Diplomacy', 'EU enlargement'], 'dsimic', '2023-03-27 14:40:00', null, [
        'Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti met for nine hours under EU mediation.',
        'Both sides accepted an annex on implementing the normalisation agreement, envoy Miroslav Lajčák told reporters.',
    ]],
    ['poland-expands-border-fortifications', 'Poland expands border fortifications',
        [$europe], ['Defense', 'Migration'], 'mhartmann', '2023-06-12 09:05:00', '2023-06-14 16:30:00', [
        'Poland will extend the steel barrier on its border with Belarus by another 200 kilometres, the interior ministry said.',
        'Warsaw says the barrier has cut irregular crossings by half since it was completed last summer.',
    ]],
    ['bosnia-election-commission-certifies-results', 'Bosnia’s election commission certifies results',
        [$balkans, $news], ['Elections'], 'dsimic', '2023-10-29 01:30:00', null, [
        'The Central Election Commission of Bosnia and Herzegovina certified the results after a partial recount in Doboj.',
        'Observers from the OSCE said the count was transparent but criticised the late changes to the electoral law.',
    ]],
    ['nordic-states-sign-energy-grid-pact', 'Nordic states sign energy grid pact',
        [$europe], ['Energy'], 'jokafor', '2023-12-18 17:20:00', '2024-01-05 10:00:00', [
        'Denmark, Finland, Norway and Sweden signed a pact to coordinate offshore wind and cross-border grid investment.',
        'The four governments expect the first interconnector under the pact to carry power by 2030.',
    ]],
    ['montenegro-joins-regional-energy-market', 'Montenegro joins regional energy market',
        [$balkans], ['Energy', 'EU enlargement'], 'dsimic', '2024-02-06 11:11:00', null, [
        'Montenegro coupled its day-ahead electricity market with those of Serbia and North Macedonia on Tuesday.',
        'Podgorica called it a step toward the single European market that accession talks require.',
    ]],
    ['germany-raises-defence-spending', 'Germany raises defence spending & procurement',
        [$europe, $news], ['Defense'], 'mhartmann', '2024-03-31 03:30:00', null, [
        'The Bundestag approved a supplementary budget that lifts defence spending to two percent of output this year.',
        '__IMAGE__',
        'Most of the increase goes to air defence systems and ammunition, the finance committee’s report shows.',
    ]],
    ['croatia-one-year-in-the-euro-area', 'Croatia, one year in the euro area',
        [$europe, $balkans], ['EU enlargement'], 'dsimic', '2024-05-20 16:45:00', null, [
        'A year after adopting the euro, Croatia reports lower borrowing costs and a rise in tourism receipts.',
        'Price rises in services were higher than the euro area average, the central bank in Zagreb noted.',
    ]],
    ['north-macedonia-forms-government', 'North Macedonia swears in new government',
        [$balkans], ['Elections'], 'jokafor', '2024-06-23 20:10:00', null, [
        'Parliament in Skopje approved Hristijan Mickoski’s cabinet with 78 votes in the 120-seat chamber.',
        'The new prime minister pledged to continue EU accession talks while rejecting further constitutional changes.',
    ]],
    ['baltic-states-cut-power-links-to-russia', 'Baltic states cut last power links to Russia',
        [$europe, $news], ['Energy', 'Sanctions'], 'mhartmann', '2024-08-08 07:00:00', '2025-02-10 09:30:00', [
        'Estonia, Latvia and Lithuania will disconnect from the Russian-controlled grid and synchronise with continental Europe.',
        'Grid operators have tested island operation twice to prepare for the switch.',
    ]],
    ['moldova-referendum-narrowly-backs-eu-path', 'Moldova’s referendum narrowly backs EU path',
        [$europe], ['Elections', 'EU enlargement'], 'dsimic', '2024-10-21 06:45:00', null, [
        'Voters in Moldova backed enshrining the goal of EU membership in the constitution by a margin of about ten thousand votes.',
        'President Maia Sandu said the vote had been marred by an unprecedented vote-buying scheme.',
    ]],
    ['eu-migration-pact-enters-into-force', 'EU migration pact enters into force',
        [$europe, $news], ['Migration'], 'jokafor', '2025-01-15 13:00:00', null, [
        'The pact on migration and asylum entered into force, with two years for member states to apply its rules.',
        'Screening at the external border and a solidarity mechanism for arrivals are its main pillars.',
    ]],
    ['commission-unveils-defence-white-paper', 'Commission unveils defence white paper',
        [$europe], ['Defense'], 'jokafor', '2025-03-19 10:30:00', null, [
        'The European Commission proposed loans of up to 150 billion euros for joint purchases of air defence and drones.',
        'Member states would be allowed to exceed deficit limits for defence investment under a national escape clause.',
    ]],
    ['albania-coastal-tourism-record', 'Albania’s coastal tourism sets a record',
        [$balkans], [], 'dsimic', '2025-06-30 18:25:00', '2025-07-02 08:00:00', [
        'Albania counted more foreign visitors in the first half of the year than in all of 2019, the statistics office said.',
        'Local officials in Vlorë warned that water supply is struggling to keep pace with new hotels.',
    ]],
    // Other sections: never part of the Europe archive.
    ['japan-approves-mass-production-of-3d-printed-interceptor-drones',
        'Japan approves mass production of 3D-printed interceptor drones',
        [$asia, $news], ['Defense'], 'jokafor', '2024-11-05 09:00:00', null, [
        'Japan’s defence ministry approved series production of interceptor drones made with additive manufacturing.',
    ]],
    ['india-and-china-agree-border-patrol-arrangement', 'India and China agree border patrol arrangement',
        [$asia], ['Diplomacy'], 'mhartmann', '2024-10-22 15:00:00', null, [
        'New Delhi and Beijing agreed on patrolling arrangements along the Line of Actual Control.',
    ]],
    ['asean-summit-ends-without-myanmar-breakthrough', 'ASEAN summit ends without Myanmar breakthrough',
        [$asia], [], 'dsimic', '2023-09-07 11:00:00', null, [
        'Leaders meeting in Jakarta restated their five-point consensus on Myanmar.',
    ]],
    ['canada-and-mexico-review-trade-agreement', 'Canada and Mexico review trade agreement',
        [$americas], ['Diplomacy'], 'jokafor', '2025-02-03 08:00:00', null, [
        'Ottawa and Mexico City opened consultations ahead of the joint review of the continental trade agreement.',
    ]],
    ['brazil-hosts-climate-conference', 'Brazil hosts climate conference',
        [$americas, $news], ['Energy'], 'mhartmann', '2025-11-10 10:00:00', null, [
        'Delegations gathered in Belém for the annual United Nations climate conference.',
    ]],
    ['iria-marks-ten-years-of-reporting', 'IRIA marks ten years of reporting',
        [$news], [], 'jokafor', '2024-01-10 12:00:00', null, [
        'IRIA published its first report ten years ago this week.',
    ]],
];

$ids = [];
foreach ($posts as [$slug, $title, $categories, $tags, $author, $date, $modified, $paragraphs]) {
    $image = '';
    if (in_array('__IMAGE__', $paragraphs, true)) {
        $src = content_url('uploads/2024/03/bundestag-budget.png');
        $image = "<!-- wp:image {\"sizeSlug\":\"large\"} -->\n"
            . "<figure class=\"wp-block-image size-large\"><img src=\"$src\" alt=\"The Bundestag in session\"/>"
            . "<figcaption class=\"wp-element-caption\">(Image Credit: Lena Vogt/Reuters)</figcaption></figure>\n"
            . "<!-- /wp:image -->";
    }
    $blocks = [];
    foreach ($paragraphs as $p) {
        $blocks[] = $p === '__IMAGE__' ? $image : iria_paragraphs([$p]);
    }
    $id = iria_fail("post $slug", wp_insert_post([
        'post_name' => $slug,
        'post_title' => $title,
        'post_content' => implode("\n\n", $blocks),
        'post_excerpt' => '',
        'post_status' => 'publish',
        'post_author' => $authors[$author],
        'post_date' => $date,
        'post_category' => $categories,
        'tags_input' => $tags,
        'comment_status' => 'open',
    ], true));
    if ($modified) {
        iria_set_modified($id, $modified);
    }
    $ids[$slug] = $id;
}

// A renamed post: WordPress keeps the old slug in _wp_old_slug and 301-redirects it.
iria_fail('rename', wp_update_post([
    'ID' => $ids['north-macedonia-forms-government'],
    'post_name' => 'north-macedonia-swears-in-new-government',
], true));
iria_set_modified($ids['north-macedonia-forms-government'], '2024-06-24 09:00:00');

stick_post($ids['a-guide-to-the-europe-desk']);

// Readers' comments: boilerplate for the archive.
foreach ([
    ['eu-leaders-agree-on-new-sanctions-package', 'Ana Petrović', 'Will the oil price cap loopholes really close this time?', '2023-01-09 10:02:00'],
    ['eu-leaders-agree-on-new-sanctions-package', 'Tom Reed', 'A clear summary of a very long negotiation.', '2023-01-10 07:45:00'],
    ['moldova-referendum-narrowly-backs-eu-path', 'Ion Rusu', 'The diaspora vote decided this referendum.', '2024-10-21 09:30:00'],
    ['germany-raises-defence-spending', 'Karl Weber', 'Procurement speed is the real problem, not the money.', '2024-04-01 08:00:00'],
    ['japan-approves-mass-production-of-3d-printed-interceptor-drones', 'Ken Sato', 'Interesting move by Tokyo.', '2024-11-05 12:00:00'],
] as [$slug, $name, $text, $date]) {
    iria_fail("comment on $slug", wp_insert_comment([
        'comment_post_ID' => $ids[$slug],
        'comment_author' => $name,
        'comment_author_email' => sanitize_title($name) . '@example.org',
        'comment_content' => $text,
        'comment_date' => $date,
        'comment_date_gmt' => get_gmt_from_date($date),
        'comment_approved' => 1,
    ]));
}

// Not for the archive: a draft, a private post and a password-protected one, all in Europe.
foreach ([
    ['draft', 'europe-draft-on-ukraine-accession', 'Draft: Ukraine accession screening', '', '2025-05-01 09:00:00'],
    ['private', 'europe-private-briefing-notes', 'Private briefing notes on Serbia', '', '2025-04-01 09:00:00'],
    ['publish', 'europe-members-only-analysis', 'Members-only analysis of the Danube strategy', 'danube', '2025-04-15 09:00:00'],
] as [$status, $slug, $title, $password, $date]) {
    iria_fail("post $slug", wp_insert_post([
        'post_name' => $slug,
        'post_title' => $title,
        'post_content' => iria_paragraphs(["Restricted text of $slug that must never be archived."]),
        'post_status' => $status,
        'post_password' => $password,
        'post_author' => $authors['mhartmann'],
        'post_date' => $date,
        'post_category' => [$europe],
    ], true));
}
echo count($ids) . " posts loaded\n";
