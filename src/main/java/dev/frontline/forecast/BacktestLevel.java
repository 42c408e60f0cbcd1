package dev.frontline.forecast;

/** Whose forecasts a backtest scores: each team's, or each rep's. */
public enum BacktestLevel { TEAM, REP }
