package org.campuscareers.application;

import java.util.function.LongSupplier;
import org.campuscareers.common.Page;

/** A page of applications and, computed only when asked for, how many match in all. */
public record ApplicationPage(Page<Application> page, LongSupplier totalCount) {}
