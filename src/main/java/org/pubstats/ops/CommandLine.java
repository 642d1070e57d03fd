package org.pubstats.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --name value} and {@code --name=value} options; anything unknown is a usage error. */
final class CommandLine {

    private CommandLine() {
    }

    static Map<String, String> options(List<String> args, List<String> known) throws UsageException {
        return options(args, known, List.of());
    }

    /** As above; {@code flags} take no value and read as {@code "true"} when given. */
    static Map<String, String> options(List<String> args, List<String> known, List<String> flags) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " 不带取值");
                }
                value = "true";
            } else if (!known.contains(name)) {
                throw new UsageException("未知参数：" + arg);
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " 后面缺少取值");
                }
                value = args.get(++i);
            }
            if (values.put(name, value) != null) {
                throw new UsageException(name + " 只能出现一次");
            }
        }
        return values;
    }

    /** The required {@code --year}, a whole year between 1949 and 2100. */
    static int year(Map<String, String> options) throws UsageException {
        String year = options.get("--year");
        if (year == null) {
            throw new UsageException("缺少 --year 年份");
        }
        int value;
        try {
            value = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new UsageException("年份不是数字：" + year);
        }
        if (value < 1949 || value > 2100) {
            throw new UsageException("年份应在1949到2100之间：" + year);
        }
        return value;
    }

    /**
     * The {@code --out} folder (default {@code out}), checked before anything starts: created when missing, and a
     * file created and deleted in it, so a folder that cannot be written is one clear line (exit 2), not a failure
     * after the whole job.
     */
    static Path out(Map<String, String> options) throws UsageException {
        Path out = path(options.getOrDefault("--out", "out"), "输出目录").toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("输出位置已存在且不是目录：" + out);
        }
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".pubstats-write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UsageException("输出目录无法写入：" + out + "（请换一个目录，或检查权限和磁盘空间）");
        }
        return out;
    }

    /** A path given on the command line; a name the system cannot encode is a usage error naming the fix. */
    static Path path(String text, String what) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(what + "无法识别：" + text + "（系统语言环境不是 UTF-8，请设置 LANG=C.UTF-8 后再运行）");
        }
    }

    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }
}
