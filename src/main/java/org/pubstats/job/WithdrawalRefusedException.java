package org.pubstats.job;

import java.util.List;

/** The plan would withdraw more files than {@link WithdrawalLimit} allows; nothing was changed. */
public class WithdrawalRefusedException extends RuntimeException {

    private final List<String> missing;
    private final int active;

    public WithdrawalRefusedException(List<String> missing, int active) {
        super("本次运行将撤回收件箱中 " + active + " 个已采用文件中的 " + missing.size() + " 个（它们已不在收件箱中），"
                + "超过了 pubstats.withdraw-limit，未做任何更改");
        this.missing = List.copyOf(missing);
        this.active = active;
    }

    public List<String> missing() {
        return missing;
    }

    public int active() {
        return active;
    }
}
