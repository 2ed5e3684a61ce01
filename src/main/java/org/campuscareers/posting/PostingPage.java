package org.campuscareers.posting;

import java.util.function.LongSupplier;
import org.campuscareers.common.Page;

/** A page of postings and, computed only when asked for, how many match in all. */
public record PostingPage(Page<Posting> page, LongSupplier totalCount) {}
