package org.campuscareers.outcome;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/**
 * The Ministry of Education's graduate destination categories (毕业去向登记), each mapped to one
 * NACE first-destination category. This table is the one home of the mapping and of which
 * categories count as placed (落实) and which need proof; the statistics' SQL is generated from it,
 * and docs/OUTCOMES.md prints it.
 */
@Description("Destination categories of the Ministry of Education's graduate destination registration.")
public enum DestinationCategory {
    @Description("协议就业: employed on a signed employment agreement (就业协议书). NACE: EMPLOYED.")
    EMPLOYMENT_AGREEMENT("签就业协议形式就业", NaceCategory.EMPLOYED, false, false),

    @Description("签劳动合同形式就业: employed on a labour contract. NACE: EMPLOYED.")
    LABOUR_CONTRACT("签劳动合同形式就业", NaceCategory.EMPLOYED, false, false),

    @Description("其他录用形式就业: employed in another form (an offer letter, a certificate of employment); needs"
            + " evidence to be verified. Flexible employment. NACE: EMPLOYED.")
    OTHER_EMPLOYMENT("其他录用形式就业", NaceCategory.EMPLOYED, true, true),

    @Description(
            "科研助理、管理助理: a research or management assistant post; needs evidence to be verified." + " NACE: EMPLOYED.")
    RESEARCH_ASSISTANT("科研助理、管理助理", NaceCategory.EMPLOYED, true, false),

    @Description("基层项目: a national or local grassroots programme (西部计划, 三支一扶, 特岗教师 ...). NACE: SERVICE.")
    GRASSROOTS_PROGRAM("基层项目", NaceCategory.SERVICE, false, false),

    @Description("应征义务兵: enlisted for military service. NACE: SERVICE.")
    MILITARY_SERVICE("应征义务兵", NaceCategory.SERVICE, false, false),

    @Description("自主创业: started a business. Counted with flexible employment. NACE: EMPLOYED.")
    ENTREPRENEURSHIP("自主创业", NaceCategory.EMPLOYED, false, true),

    @Description("自由职业: freelance; needs evidence to be verified. Flexible employment. NACE: EMPLOYED.")
    FREELANCE("自由职业", NaceCategory.EMPLOYED, true, true),

    @Description("升学: further study in China (研究生, 第二学士学位, 专升本). NACE: CONTINUING_EDUCATION.")
    FURTHER_STUDY("升学", NaceCategory.CONTINUING_EDUCATION, false, false),

    @Description("出国、出境: study or work abroad; most are students, so NACE: CONTINUING_EDUCATION.")
    ABROAD("出国、出境", NaceCategory.CONTINUING_EDUCATION, false, false),

    @Description("待就业: still seeking (求职中, 拟升学, 拟出国出境). Not placed. NACE: SEEKING.")
    SEEKING("待就业", NaceCategory.SEEKING, false, false),

    @Description("暂不就业: not seeking for now. Not placed. NACE: NOT_SEEKING.")
    NOT_SEEKING("暂不就业", NaceCategory.NOT_SEEKING, false, false);

    private final String ministryName;
    private final NaceCategory nace;
    private final boolean needsEvidence;
    private final boolean flexible;

    DestinationCategory(String ministryName, NaceCategory nace, boolean needsEvidence, boolean flexible) {
        this.ministryName = ministryName;
        this.nace = nace;
        this.needsEvidence = needsEvidence;
        this.flexible = flexible;
    }

    /** The category's name in the Ministry's registration. */
    public String ministryName() {
        return ministryName;
    }

    public NaceCategory nace() {
        return nace;
    }

    /** The Ministry requires proof: staff cannot verify it without an evidence note. */
    public boolean needsEvidence() {
        return needsEvidence;
    }

    /**
     * Flexible employment or a start-up (灵活就业, 自主创业): the destinations whose share the Ministry
     * watches, since a college far above the university's share may be padding its figures.
     */
    public boolean isFlexible() {
        return flexible;
    }

    /** Counted as placed (落实) in the placement rate: every category but still seeking and not seeking. */
    public boolean isPlaced() {
        return this != SEEKING && this != NOT_SEEKING;
    }

    /** Whether the category names an organisation (employer, school, programme) that must be given. */
    public boolean needsOrganization() {
        return this == EMPLOYMENT_AGREEMENT
                || this == LABOUR_CONTRACT
                || this == RESEARCH_ASSISTANT
                || this == FURTHER_STUDY;
    }

    /** The categories for which {@code test} holds, in declaration order. */
    public static List<DestinationCategory> where(java.util.function.Predicate<DestinationCategory> test) {
        return Arrays.stream(values()).filter(test).toList();
    }
}
