package org.campuscareers.live;

import java.util.function.LongSupplier;
import org.campuscareers.common.Page;

/** A page of questions and, computed only when asked for, how many the caller may see in all. */
public record QuestionPage(Page<Question> page, LongSupplier totalCount) {}
