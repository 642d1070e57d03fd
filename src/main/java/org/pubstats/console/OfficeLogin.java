package org.pubstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.pubstats.ops.PrivateFile;
import org.pubstats.ops.ServeOptions;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The office's login, user {@code office}: the password from {@code PUBSTATS_OFFICE_PASSWORD}, or else the one
 * generated at the first start, printed that once and kept only as a BCrypt hash in
 * {@code <home>/office-password.bcrypt} (0600).
 */
final class OfficeLogin {

    static final String USER = "office";
    static final String HASH_FILE = "office-password.bcrypt";
    static final String ENV = "PUBSTATS_OFFICE_PASSWORD";

    private OfficeLogin() {
    }

    /** The password's hash, generating (and printing) a password at the first start. */
    static String hash(ServeOptions options, PasswordEncoder encoder, String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return encoder.encode(fromEnvironment.strip());
        }
        Path file = options.home().resolve(HASH_FILE);
        try {
            Optional<String> kept = PrivateFile.read(file);
            if (kept.isPresent()) {
                return kept.get();
            }
            String password = PrivateFile.generate().substring(0, 16);
            String hash = encoder.encode(password);
            PrivateFile.write(file, hash);
            System.out.println("控制台登录：用户 " + USER + "，密码 " + password);
            System.out.println("（密码只显示这一次，请记下；只保存了它的加密值 " + file
                    + "。忘记时删除该文件后重新启动，或设置 " + ENV + "。）");
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the console's password in " + file, e);
        }
    }
}
