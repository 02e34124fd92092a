package org.evsynth.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;

/**
 * Risk-of-bias judgements per study and domain (RoB 2, ROBINS-I), checked on entry against the tool's domains and
 * scale: a word the tool does not use is refused before anything is written. A judgement is corrected by judging
 * again (the newest wins) or withdrawn; a CSV file imports all or nothing.
 */
public final class RobAssessment {

    private static final List<String> CSV_REQUIRED = List.of("study", "domain", "judgement");
    private static final List<String> CSV_OPTIONAL = List.of("outcome", "support");

    private final Database db;

    RobAssessment(Database db) {
        this.db = db;
    }

    /**
     * One judgement, as typed.
     *
     * @param outcome   the outcome judged, or null for the whole study
     * @param domain    "D1".."Dn", the domain's name, or "Overall"
     * @param judgement a word on the tool's scale ("low", "some concerns", "serious", ...)
     */
    public record Assess(long study, RobTool tool, String outcome, String domain, String judgement, String support) {

        public Assess {
            Objects.requireNonNull(tool, "tool");
            outcome = Screening.blankToNull(outcome);
            support = Screening.blankToNull(support);
        }
    }

    /** The judgement of a domain to withdraw. */
    public record Withdraw(long study, RobTool tool, String outcome, String domain) {
    }

    /** Records the judgement. */
    public RiskOfBias assess(Actor assessor, Assess command) {
        return assessAll(assessor, List.of(command)).get(0);
    }

    /** Records several judgements in one transaction: all, or none when one is refused. */
    public List<RiskOfBias> assessAll(Actor assessor, List<Assess> commands) {
        return db.write(assessor, "risk of bias for " + commands.size() + " domains", tx -> {
            List<RiskOfBias> out = new ArrayList<>();
            for (Assess c : commands) {
                out.add(write(tx, c));
            }
            return out;
        });
    }

    /** Records the judgements of a CSV file ({@code study,domain,judgement[,outcome][,support]}) with the tool. */
    public List<RiskOfBias> importJudgements(Actor assessor, RobTool tool, CsvSource csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, CSV_REQUIRED, CSV_OPTIONAL).rows();
        return db.write(assessor, "risk-of-bias import from " + csv.name(), tx -> {
            List<RiskOfBias> out = new ArrayList<>();
            for (CsvTable.Row r : rows) {
                try {
                    out.add(write(tx, new Assess(r.number("study"), tool, r.get("outcome"), r.required("domain"),
                            r.required("judgement"), r.get("support"))));
                } catch (ReviewException e) {
                    throw r.error(e);
                }
            }
            return out;
        });
    }

    /** Withdraws the newest judgement of the domain. */
    public void withdraw(Actor assessor, Withdraw command) {
        db.write(assessor, "withdrawing a risk-of-bias judgement of study " + command.study(), tx -> {
            Studies.require(tx, command.study());
            String domain = domain(command.tool(), command.domain());
            RiskOfBias before = current(tx, command.study()).stream().filter(j -> j.tool() == command.tool()
                    && Objects.equals(j.outcome(), command.outcome()) && j.domain().equals(domain)).findFirst()
                    .orElseThrow(() -> new UnknownEntityException(tx.say("study %d has no %s judgement of %s",
                            command.study(), command.tool().displayName(), domain)));
            insert(tx, before.study(), before.tool(), before.outcome(), before.domain(), before.judgement(), null,
                    true);
            tx.audit("withdraw-risk-of-bias", "study", before.study()).before(view(before))
                    .after(Json.object("withdrawn", true)).write();
            return null;
        });
    }

    /** The newest judgement per (tool, outcome, domain) of a study, in the order first judged. */
    public List<RiskOfBias> judgements(long study) {
        return db.read("reading risk of bias", tx -> current(tx, study));
    }

    private static RiskOfBias write(Tx tx, Assess c) throws SQLException {
        Studies.require(tx, c.study());
        String domain = domain(c.tool(), c.domain());
        Judgement level = c.judgement() == null ? null : Judgement.parse(c.judgement());
        if (level == null || !c.tool().allows(level)) {
            throw new InvalidInputException("judgement", String.format(Locale.ROOT, "%s=%s: '%s' is not a %s "
                    + "judgement (%s)", c.domain(), c.judgement(), c.judgement(), c.tool().displayName(),
                    c.tool().scaleText()));
        }
        long id = insert(tx, c.study(), c.tool(), c.outcome(), domain, level, c.support(), false);
        RiskOfBias saved = new RiskOfBias(id, c.study(), c.tool(), c.outcome(), domain, level, c.support(),
                tx.actor().name(), tx.at());
        tx.audit("risk-of-bias", "study", c.study()).after(view(saved)).write();
        return saved;
    }

    private static String domain(RobTool tool, String word) {
        return tool.domain(word == null ? "" : word).orElseThrow(() -> new InvalidInputException("domain",
                String.format(Locale.ROOT, "'%s' is no domain of %s: use D1 to D%d, a domain's name, or Overall",
                        word, tool.displayName(), tool.domains().size())));
    }

    private static long insert(Tx tx, long study, RobTool tool, String outcome, String domain, Judgement level,
            String support, boolean withdrawn) throws SQLException {
        long id = tx.nextId("rob");
        tx.sql("INSERT INTO risk_of_bias (id, study_id, tool, outcome, domain, judgement, support, assessor, "
                + "assessed_at, withdrawn) VALUES (:id, :study, :tool, :outcome, :domain, :judgement, :support, :by, "
                + ":at, :withdrawn)").bind("id", id).bind("study", study).bind("tool", tool.id())
                .bind("outcome", outcome).bind("domain", domain).bind("judgement", level.level())
                .bind("support", support).bind("by", tx.actor().name()).bind("at", tx.at().toString())
                .bind("withdrawn", withdrawn).update();
        return id;
    }

    static List<RiskOfBias> current(Tx tx, long study) throws SQLException {
        Map<String, RiskOfBias> out = new LinkedHashMap<>();
        tx.sql("SELECT id, study_id, tool, outcome, domain, judgement, support, assessor, assessed_at, withdrawn "
                + "FROM risk_of_bias WHERE study_id = :s ORDER BY id").bind("s", study).each(rs -> {
                    RiskOfBias j = stored(tx, rs);
                    String key = j.tool() + "\u0000" + j.outcome() + "\u0000" + j.domain();
                    if (rs.getInt("withdrawn") == 1) {
                        out.remove(key);
                    } else {
                        out.put(key, j);
                    }
                });
        return List.copyOf(out.values());
    }

    private static RiskOfBias stored(Tx tx, ResultSet rs) throws SQLException {
        RobTool tool;
        Judgement level;
        try {
            tool = RobTool.of(rs.getString("tool"));
            level = Objects.requireNonNull(Judgement.parse(rs.getString("judgement")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StorageException(tx.say("risk-of-bias judgement %d holds '%s' with tool '%s', which this "
                    + "version does not know", rs.getLong("id"), rs.getString("judgement"), rs.getString("tool")), e);
        }
        String domain = tool.domain(rs.getString("domain")).orElse(rs.getString("domain"));
        return new RiskOfBias(rs.getLong("id"), rs.getLong("study_id"), tool, rs.getString("outcome"), domain, level,
                rs.getString("support"), rs.getString("assessor"), Instant.parse(rs.getString("assessed_at")));
    }

    private static Map<String, Object> view(RiskOfBias j) {
        return Json.object("assessment", j.id(), "tool", j.tool().id(), "outcome", j.outcome(), "domain", j.domain(),
                "judgement", j.judgement().level(), "support", j.support());
    }
}
