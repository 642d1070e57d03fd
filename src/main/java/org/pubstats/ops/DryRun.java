package org.pubstats.ops;

import java.io.PrintStream;
import java.util.List;

import org.pubstats.intake.InboxScanner;
import org.pubstats.intake.TableFormatRegistry;
import org.pubstats.job.IntakePlan;
import org.pubstats.job.PubstatsSettings;
import org.pubstats.job.WithdrawalLimit;
import org.pubstats.job.WithdrawalRefusedException;
import org.pubstats.warehouse.FileRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** {@code run --dry-run}: what a run of the inbox would read, replace and withdraw; it changes nothing. */
@Component
public class DryRun {

    /** Lists longer than this are cut on the console, with how many more there are. */
    static final int LISTED = 50;

    private final FileRegistry files;
    private final TableFormatRegistry formats;
    private final String readerFingerprint;
    private final WithdrawalLimit limit;

    public DryRun(FileRegistry files, TableFormatRegistry formats, @Qualifier("readerFingerprint") String readerFingerprint,
                  PubstatsSettings settings) {
        this.files = files;
        this.formats = formats;
        this.readerFingerprint = readerFingerprint;
        this.limit = settings.withdrawalLimit();
    }

    int print(RunOptions options) {
        IntakePlan plan = IntakePlan.of(InboxScanner.scan(options.inbox()), files.activeVersions(options.scope()),
                readerFingerprint, formats);
        List<String> read = plan.toRead().stream().map(f -> f.relPath()).toList();
        System.out.println("试运行（不做任何更改）：收件箱 " + options.inbox() + "（" + options.scope() + "）");
        System.out.println("将读取 " + read.size() + " 个文件（其中 " + plan.replacing().size() + " 个替换已采用的旧版本），"
                + plan.toSkip().size() + " 个不读取，" + plan.unchanged() + " 个未变化，将撤回 " + plan.toWithdraw().size() + " 个。");
        list("将读取：", read.stream().map(p -> plan.replacing().contains(p) ? p + "（替换旧版本）" : p).toList());
        list("不读取：", plan.toSkip().stream().map(c -> c.file().relPath() + "（" + c.skip().reason().label() + "）").toList());
        list("将撤回（已不在收件箱中）：", List.copyOf(plan.toWithdraw()));
        if (!options.allowWithdraw() && limit.exceededBy(plan)) {
            System.out.println("注意：将撤回的文件超过 pubstats.withdraw-limit，正式运行会停止并不做任何更改；"
                    + "确认这些文件确实应撤回时，请加 --allow-withdraw。");
        }
        return 0;
    }

    /** The console lines of a run refused for withdrawing too much. */
    static void printRefusal(WithdrawalRefusedException refused) {
        printRefusal(refused, System.err);
    }

    static void printRefusal(WithdrawalRefusedException refused, PrintStream err) {
        err.println("pubstats: " + refused.getMessage() + "。");
        err.println("收件箱中缺少这些文件：");
        refused.missing().stream().limit(LISTED).forEach(path -> err.println("  " + path));
        if (refused.missing().size() > LISTED) {
            err.println("  …… 另有 " + (refused.missing().size() - LISTED) + " 个");
        }
        err.println("如果收件箱选错了或没有复制完整，请改正后再运行；如果这些文件确实应撤回，请加 --allow-withdraw 再运行。"
                + "加 --dry-run 可先查看运行将做什么。");
    }

    private static void list(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        System.out.println(title);
        lines.stream().limit(LISTED).forEach(line -> System.out.println("  " + line));
        if (lines.size() > LISTED) {
            System.out.println("  …… 另有 " + (lines.size() - LISTED) + " 个");
        }
    }
}
