package org.campuscareers.application;

/** One college's (or with {@code university}, every college's) applications and offers in a week. */
public record WeeklyActivity(String college, boolean university, int applications, int offers) {}
