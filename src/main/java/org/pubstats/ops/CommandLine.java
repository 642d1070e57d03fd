package org.pubstats.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --name value} and {@code --name=value} options; anything unknown is a usage error. */
final class CommandLine {

    private CommandLine() {
    }

    static Map<String, String> options(List<String> args, List<String> known) throws UsageException {
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
            if (!known.contains(name)) {
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

    /** The {@code --out} folder (default {@code out}); it may not exist yet, but must not be a file. */
    static java.nio.file.Path out(Map<String, String> options) throws UsageException {
        java.nio.file.Path out = java.nio.file.Path.of(options.getOrDefault("--out", "out")).toAbsolutePath().normalize();
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new UsageException("输出位置已存在且不是目录：" + out);
        }
        return out;
    }

    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }
}
