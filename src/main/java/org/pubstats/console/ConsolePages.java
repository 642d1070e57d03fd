package org.pubstats.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.jobsdir.JobsFileException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's pages: 登录, 总览 (with 立即运行), 报送情况. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsolePages {

    private final ConsoleRuns runs;
    private final CountyFiguresRepository figures;
    private final RecentRuns recentRuns;
    private final Attention attention;
    private final Submissions submissions;

    ConsolePages(ConsoleRuns runs, CountyFiguresRepository figures, RecentRuns recentRuns, Attention attention,
                 Submissions submissions) {
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
        model.addAttribute("page", "submissions");
        return "submissions";
    }
}
