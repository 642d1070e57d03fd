package org.pubstats.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The county row a correct run must give for a year, derived from the model alone: rows are grouped
 * by the true item they report (which is what the merge rules must reconstruct), channels and
 * categories are the union over the rows, the date the earliest row's. Nothing here looks at files.
 */
public record ExpectedFigures(int website, int otherChannels, int normative, int pilot, int keyAreas,
                              int survey, int requests, int interpretations, int distinctItems) {

    /** The row of the seed report, 2018. */
    public static final ExpectedFigures SEED_2018 = new ExpectedFigures(4419, 1830, 17, 1002, 170, 2, 5, 17, 4569);

    /** From the rows as they will be written (the union of what each row shows). */
    public static ExpectedFigures fromRows(SampleModel model, int year) {
        Map<Integer, Set<String>> channels = new LinkedHashMap<>();
        Map<Integer, Set<String>> figures = new LinkedHashMap<>();
        Map<Integer, LocalDate> dates = new LinkedHashMap<>();
        for (SampleItemRow r : model.rows()) {
            if (r.isReject()) {
                continue;
            }
            channels.computeIfAbsent(r.itemId(), k -> new HashSet<>())
                    .addAll(r.channels().isEmpty() ? Set.of(Vocabulary.WEBSITE) : r.channels());
            Set<String> f = figures.computeIfAbsent(r.itemId(), k -> new HashSet<>());
            for (String label : r.labels()) {
                String figure = Vocabulary.figureOf(label);
                if (figure != null) {
                    f.add(figure);
                }
            }
            dates.merge(r.itemId(), r.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Counter c = new Counter();
        for (Integer id : dates.keySet()) {
            if (dates.get(id).getYear() == year) {
                c.add(channels.get(id), figures.get(id));
            }
        }
        return c.figures(requests(model, year));
    }

    /** From the true items' own attributes: must agree with {@link #fromRows}. */
    public static ExpectedFigures fromItems(SampleModel model, int year) {
        Counter c = new Counter();
        for (TrueItem item : model.items()) {
            if (item.date().getYear() == year) {
                Set<String> f = new HashSet<>();
                item.labels().stream().map(Vocabulary::figureOf).filter(x -> x != null).forEach(f::add);
                c.add(item.channels(), f);
            }
        }
        return c.figures(requests(model, year));
    }

    /** Distinct (department, 申请编号) received in the year. */
    static int requests(SampleModel model, int year) {
        Set<String> keys = new HashSet<>();
        for (SampleRequestRow r : model.requests()) {
            if (r.received().getYear() == year) {
                keys.add(r.dept().name() + "\u0000" + r.number());
            }
        }
        return keys.size();
    }

    /** The seven numbers in the order of the county table. */
    public List<Integer> countyRow() {
        return List.of(website, otherChannels, normative, pilot, keyAreas, survey, requests);
    }

    private static final class Counter {
        int website;
        int other;
        int normative;
        int pilot;
        int key;
        int survey;
        int interpretations;
        int items;

        void add(Set<String> channels, Set<String> figures) {
            items++;
            if (channels.contains(Vocabulary.WEBSITE)) {
                website++;
            }
            if (channels.stream().anyMatch(c -> !c.equals(Vocabulary.WEBSITE))) {
                other++;
            }
            normative += figures.contains("规范性文件") ? 1 : 0;
            pilot += figures.contains("试点领域") ? 1 : 0;
            key += figures.contains("重点领域") ? 1 : 0;
            survey += figures.contains("在线调查") ? 1 : 0;
            interpretations += figures.contains("政策解读") ? 1 : 0;
        }

        ExpectedFigures figures(int requests) {
            return new ExpectedFigures(website, other, normative, pilot, key, survey, requests, interpretations, items);
        }
    }
}
