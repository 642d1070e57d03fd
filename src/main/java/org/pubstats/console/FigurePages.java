package org.pubstats.console;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 明细: a figure of the county row → its items → an item's source rows (the lineage views, in the browser). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FigurePages {

    /** Enough to scan on a laptop, few enough to print; 信息总数 of the sample is 23 pages. */
    static final int PAGE_SIZE = 200;

    /** Which part of a figure's list a page shows; pages count from 1. */
    public record Paging(int page, int pages, int total, int from, int to) {

        static Paging of(int requested, int total) {
            int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.min(Math.max(1, requested), pages);
            int from = (page - 1) * PAGE_SIZE;
            return new Paging(page, pages, total, total == 0 ? 0 : from + 1, Math.min(total, from + PAGE_SIZE));
        }

        int offset() {
            return Math.max(0, from - 1);
        }

        public List<Integer> numbers() {
            return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        }
    }

    private final ConsoleRuns runs;
    private final FigureItems lineage;

    FigurePages(ConsoleRuns runs, FigureItems lineage) {
        this.runs = runs;
        this.lineage = lineage;
    }

    @GetMapping("/figures/{figure}")
    String figure(@PathVariable String figure, @RequestParam(defaultValue = "1") int page, Model model,
                  HttpServletResponse response) {
        int year = runs.options().run().year();
        if (!FigureItems.known(figure)) {
            return notFound("没有名为“" + figure + "”的数字。", model, response);
        }
        Paging paging = Paging.of(page, lineage.count(year, figure));
        model.addAttribute("year", year);
        model.addAttribute("figure", figure);
        model.addAttribute("figures", FigureItems.FIGURES);
        model.addAttribute("paging", paging);
        if (figure.equals(FigureItems.REQUESTS)) {
            model.addAttribute("requests", lineage.requests(year));
        } else {
            model.addAttribute("items", lineage.items(year, figure, paging.offset(), PAGE_SIZE));
        }
        model.addAttribute("page", "figures");
        return "figure";
    }

    /** Item ids change with each dedup, so an old link may point nowhere: say so, in a page, not an error. */
    @GetMapping("/items/{id}")
    String item(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<FigureItems.Item> item = id.matches("\\d{1,18}") ? lineage.item(Long.parseLong(id)) : Optional.empty();
        if (item.isEmpty()) {
            return notFound("没有编号为 " + id + " 的信息。信息编号在每次运行去重后可能改变，请从总览的数字重新进入。",
                    model, response);
        }
        model.addAttribute("year", runs.options().run().year());
        model.addAttribute("item", item.get());
        model.addAttribute("sources", lineage.sources(item.get().id()));
        model.addAttribute("countsIn", lineage.figuresOf(item.get().id()));
        model.addAttribute("page", "figures");
        return "item";
    }

    private static String notFound(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", message);
        model.addAttribute("page", "figures");
        return "notfound";
    }
}
