package dev.frontline.forecast.web;

import dev.frontline.forecast.Backtest;

/** The backtest's result with its chart of forecasts against what was won. */
public record BacktestTable(Backtest backtest, String chart, long millis) {
}
