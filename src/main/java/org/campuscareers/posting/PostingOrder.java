package org.campuscareers.posting;

import org.campuscareers.common.graphql.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PostingOrder")
@Description("How to order postings; ties are broken by newest first.")
public record PostingOrder(
        @NonNull @Description("What to order by.") PostingOrderField field,
        @NonNull @Description("Which way.") OrderDirection direction) {}
