package dev.frontline.forecast.web;

/** The backtest page's choices; the table itself loads after the page. */
public record BacktestPage(String level, String grain) {
}
