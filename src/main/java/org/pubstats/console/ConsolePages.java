package org.pubstats.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.jobsdir.JobsFileException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's pages: 登录, 总览 (with 立即运行 and the month chart), 报送情况, 疑似重复, 文件, 下载. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsolePages {

    private final ConsoleRuns runs;
    private final CountyFiguresRepository figures;
    private final RecentRuns recentRuns;
    private final Attention attention;
    private final Submissions submissions;
    private final ReviewDecisions review;
    private final FileAccounting files;
    private final Downloads downloads;
    private final MonthChart months;

    ConsolePages(ConsoleRuns runs, CountyFiguresRepository figures, RecentRuns recentRuns, Attention attention,
                 Submissions submissions, ReviewDecisions review, FileAccounting files, Downloads downloads, MonthChart months) {
        this.months = months;
        this.review = review;
        this.files = files;
        this.downloads = downloads;
        this.runs = runs;
        this.figures = figures;
        this.recentRuns = recentRuns;
        this.attention = attention;
        this.submissions = submissions;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) Long wait, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("wait", wait);
        return "login";
    }

    @GetMapping("/")
    String overview(Model model) {
        int year = runs.options().run().year();
        model.addAttribute("year", year);
        model.addAttribute("inbox", runs.options().run().inbox());
        model.addAttribute("schedule", runs.schedule());
        Optional<CountyFigures> row = figures.find(year);
        model.addAttribute("figures", row.orElse(null));
        model.addAttribute("cells", row.map(FigureItems::countyRow).orElse(List.of()));
        model.addAttribute("chart", months.of(year));
        model.addAttribute("rate", row.flatMap(r -> r.interpretationRate().isPresent()
                ? Optional.of(String.format("%.1f%%", r.interpretationRate().getAsDouble())) : Optional.empty()).orElse("—"));
        model.addAttribute("current", runs.current().orElse(null));
        model.addAttribute("finished", runs.finished());
        model.addAttribute("runs", recentRuns.last(10));
        model.addAttribute("attention", attention.now());
        model.addAttribute("missingDepartments", lines(year, LocalDate.now(), model).stream()
                .filter(Submissions.Line::missing).toList());
        model.addAttribute("page", "overview");
        return "overview";
    }

    @PostMapping("/run")
    String runNow(RedirectAttributes redirect) {
        Optional<String> refused = runs.start("立即运行");
        redirect.addFlashAttribute("message", refused.orElse("已开始运行，本页会显示进度。"));
        return "redirect:/";
    }

    /** The submissions; a roster line the console cannot use is shown (file and line), not a failed page. */
    private List<Submissions.Line> lines(int year, LocalDate today, Model model) {
        try {
            return submissions.of(year, today);
        } catch (JobsFileException e) {
            model.addAttribute("rosterError", e.getMessage());
            return List.of();
        }
    }

    @GetMapping("/review")
    String review(Model model) {
        int year = runs.options().run().year();
        List<ReviewDecisions.Pair> pairs;
        try {
            pairs = review.pairs(year);
        } catch (JobsFileException e) {
            model.addAttribute("rosterError", e.getMessage()); // the overrides file, as the run would report it
            pairs = List.of();
        }
        model.addAttribute("year", year);
        model.addAttribute("pairs", pairs);
        model.addAttribute("undecided", pairs.stream().filter(p -> p.decision() == null).count());
        model.addAttribute("overridesFile", review.file().path());
        model.addAttribute("page", "review");
        return "review";
    }

    /** 合并 / 分开 / 撤销 on one pair: a line written to (or removed from) jobs/dedup-overrides.csv. */
    @PostMapping("/review")
    String decide(@RequestParam long itemA, @RequestParam long itemB, @RequestParam String decision,
                  RedirectAttributes redirect) {
        Optional<ReviewDecisions.Pair> pair = review.pair(runs.options().run().year(), itemA, itemB);
        if (!List.of("合并", "分开", "撤销").contains(decision)) {
            redirect.addFlashAttribute("message", "决定应为“合并”“分开”或“撤销”。");
        } else if (pair.isEmpty()) {
            redirect.addFlashAttribute("message", "这一对已不在待核查清单中（可能已有新的运行）。");
        } else if (decision.equals("撤销")) {
            review.undo(pair.get());
            redirect.addFlashAttribute("message", "已撤销对“" + pair.get().a().title() + "”的决定，下次运行生效。");
        } else {
            review.decide(pair.get(), decision.equals("合并"));
            redirect.addFlashAttribute("message", "已记为" + (decision.equals("合并") ? "合并" : "分开") + "：“"
                    + pair.get().a().title() + "”，已写入 jobs/dedup-overrides.csv，下次运行生效。");
        }
        return "redirect:/review#pair-" + itemA + "-" + itemB;
    }

    @GetMapping("/files")
    String files(Model model) {
        int year = runs.options().run().year();
        List<FileAccounting.File> all = files.files();
        model.addAttribute("year", year);
        model.addAttribute("files", all);
        model.addAttribute("unbalanced", all.stream().filter(f -> !f.balanced()).count());
        model.addAttribute("departments", files.departments());
        model.addAttribute("feedback", downloads.feedback().stream()
                .collect(java.util.stream.Collectors.toMap(Downloads.Entry::name, Downloads.Entry::href)));
        model.addAttribute("page", "files");
        return "files";
    }

    @GetMapping("/downloads")
    String downloads(Model model) {
        model.addAttribute("year", runs.options().run().year());
        model.addAttribute("out", runs.options().run().out());
        model.addAttribute("yearEnd", downloads.yearEnd());
        model.addAttribute("feedback", downloads.feedback());
        model.addAttribute("page", "downloads");
        return "downloads";
    }

    @GetMapping({"/downloads/{name}", "/downloads/feedback/{name}"})
    ResponseEntity<Resource> download(@PathVariable String name, HttpServletRequest request) {
        String folder = request.getServletPath().startsWith("/downloads/feedback/") ? Downloads.FEEDBACK : "";
        return downloads.find(folder, name)
                .map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .<Resource>body(new FileSystemResource(file)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/submissions")
    String submissions(Model model) {
        int year = runs.options().run().year();
        LocalDate today = LocalDate.now();
        List<Submissions.Line> lines = lines(year, today, model);
        model.addAttribute("year", year);
        model.addAttribute("today", today);
        model.addAttribute("lines", lines);
        model.addAttribute("missing", lines.stream().filter(Submissions.Line::missing).count());
        model.addAttribute("rostered", lines.stream().filter(Submissions.Line::onRoster).count());
        model.addAttribute("notRostered", lines.stream().filter(l -> !l.onRoster()).count());
        try {
            model.addAttribute("forms", submissions.forms(year).lines().toList());
        } catch (RuntimeException e) {
            model.addAttribute("forms", List.of()); // the roster's own error is shown above the table
        }
        model.addAttribute("page", "submissions");
        return "submissions";
    }
}
