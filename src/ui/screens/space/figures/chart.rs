//! A simple bar chart in SVG with its table beside it: the chart for the eye, the table
//! for a screen reader and for the report (the chart is hidden from assistive
//! technologies, the table has the same numbers). Colours come from the stylesheet.

use leptos::prelude::*;

/// One row: its label and a count per series.
pub type ChartRow = (String, Vec<u64>);

const LABEL_WIDTH: f64 = 330.0;
const BAR_AREA: f64 = 300.0;
/// A row's height for one series; each more series adds [`SERIES_HEIGHT`].
const ROW_HEIGHT: f64 = 22.0;
const SERIES_HEIGHT: f64 = 16.0;

/// `series` names the counts of each row (one or two), `row_name` the rows; `id` ties
/// the caption. Long labels are shortened in the chart, never in the table.
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    row_name: &'static str,
    series: Vec<&'static str>,
    rows: Vec<ChartRow>,
    /// On paper, print the table (whole words) instead of the chart.
    #[prop(optional)]
    print_table: bool,
) -> impl IntoView {
    let max = rows
        .iter()
        .flat_map(|(_, c)| c.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let per_row = series.len().max(1) as f64;
    let row_height = ROW_HEIGHT + (per_row - 1.0) * SERIES_HEIGHT;
    let bar_height = (row_height - 4.0) / per_row;
    let height = (rows.len().max(1) as f64) * (row_height + 4.0);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, counts))| {
            let y = i as f64 * (row_height + 4.0);
            let label_text = shorten(label, 34);
            let bars = counts
                .iter()
                .enumerate()
                .map(|(s, n)| {
                    let width = (*n as f64 / max as f64 * BAR_AREA).max(if *n > 0 { 2.0 } else { 0.0 });
                    let by = y + 2.0 + s as f64 * bar_height;
                    view! {
                        <rect class=format!("chart-bar chart-bar-{s}") x=LABEL_WIDTH y=by width=width height=bar_height - 1.0/>
                        {(*n > 0).then(|| view! {
                            <text class="chart-count" x=LABEL_WIDTH + width + 4.0 y=by + bar_height - 2.0>{n.to_string()}</text>
                        })}
                    }
                })
                .collect_view();
            view! {
                <text class="chart-label" x=LABEL_WIDTH - 6.0 y=y + row_height / 2.0 + 6.0 text-anchor="end">{label_text}</text>
                {bars}
            }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .enumerate()
            .map(
                |(s, name)| view! { <span class=format!("chart-key chart-key-{s}")>{*name}</span> },
            )
            .collect_view()
    });
    let header = series
        .iter()
        .map(|s| view! { <th scope="col">{*s}</th> })
        .collect_view();
    let body = rows
        .iter()
        .map(|(label, counts)| {
            let cells = counts
                .iter()
                .map(|n| view! { <td>{n.to_string()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let empty = rows.is_empty();
    view! {
        <figure class="figures-chart" class:figures-print-table=print_table aria-labelledby=labelled_by>
            <figcaption id=caption_id>{title}</figcaption>
            {(!empty).then(|| view! {
                <div class="chart-and-table">
                    <div class="chart-picture">
                        <svg class="chart" aria-hidden="true" focusable="false"
                            viewBox=format!("0 0 {} {height}", LABEL_WIDTH + BAR_AREA + 40.0)>{bars}</svg>
                        <p class="chart-legend" aria-hidden="true">{legend}</p>
                    </div>
                    <table class="figures-table">
                        <thead><tr><th scope="col">{row_name}</th>{header}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            })}
            {empty.then(|| view! { <p class="hint">"Rien de compté ce mois-ci."</p> })}
        </figure>
    }
}

fn shorten(text: &str, max: usize) -> String {
    match text.chars().count() > max {
        true => format!("{}…", text.chars().take(max - 1).collect::<String>()),
        false => text.to_owned(),
    }
}
