package org.campuscareers.live;

import java.util.function.LongSupplier;
import org.campuscareers.common.Page;

/** A page of sessions and, computed only when asked for, how many match in all. */
public record SessionPage(Page<RecruitmentSession> page, LongSupplier totalCount) {}
