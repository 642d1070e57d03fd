package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * The console in a real browser: {@code ./pubstats serve --run-now} on the sample inbox (the launcher script, a fresh
 * database), driven by Debian's headless Chromium through chromedriver. Skipped where either is missing. Each page
 * is saved under {@code target/screenshots/}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("pubstats.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("pubstats.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "Prüfung-密码-2018";
    /** On the roster, never in the inbox. */
    private static final String ABSENT = "呼玛县测试缺报局";

    @TempDir
    static Path work;

    private static Process server;
    private static Path serverLog;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no chromium/chromedriver here (apt-get install chromium chromium-driver)");
        Path jobs = work.resolve("jobs");
        Files.createDirectories(jobs);
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.toList()) {
                Files.copy(file, jobs.resolve(file.getFileName()));
            }
        }
        Files.writeString(jobs.resolve("departments.csv"), "\n" + ABSENT + ",每月,张三 0457-1234567\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        ProcessBuilder builder = LauncherScript.builder(TestDatabase.freshDatabase(), work,
                List.of("serve", "--inbox", Path.of("sample-data/huma-2018").toAbsolutePath().toString(), "--year", "2018",
                        "--out", work.resolve("out").toString(), "--port", String.valueOf(port), "--run-now"));
        builder.environment().put("PUBSTATS_JOBS_DIR", jobs.toString());
        builder.environment().put("PUBSTATS_OFFICE_PASSWORD", PASSWORD);
        serverLog = work.resolve("serve.log");
        builder.redirectErrorStream(true).redirectOutput(serverLog.toFile());
        server = builder.start();
        waitFor(() -> log().contains("控制台已启动"), Duration.ofMinutes(2), "the console did not start");

        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
            server.destroy();
            all.forEach(ProcessHandle::destroy);
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void everyPageNeedsTheLoginAndAWrongPasswordIsRefused() throws IOException {
        browser.get(base + "/submissions");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("请登录");
        screenshot("01-login");

        logIn("not-the-password");
        assertThat(browser.getCurrentUrl()).startsWith(base + "/login");
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("用户名或密码不正确");
        screenshot("02-login-refused");
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
    }

    @Test
    @Order(2)
    void theOverviewShowsTheSeedRowAfterTheRun() throws Exception {
        logIn(PASSWORD);
        assertThat(browser.getCurrentUrl()).startsWith(base + "/").doesNotContain("login");
        screenshot("03-overview-while-running");
        waitFor(() -> {
            browser.get(base + "/");
            return browser.findElements(By.id("running")).isEmpty() && !browser.findElements(By.id("last-result")).isEmpty();
        }, Duration.ofMinutes(4), "the run started with --run-now did not finish");
        List<String> row = browser.findElements(By.cssSelector("#county-row td")).stream().map(WebElement::getText).toList();
        assertThat(row).containsExactly("4419", "1830", "17", "1002", "170", "2", "5");
        assertThat(browser.findElement(By.id("interpretations")).getText()).isEqualTo("17");
        assertThat(browser.findElement(By.id("last-result")).getText()).contains("完成", "去重后信息总数 4569 条；政策解读 17 条");
        assertThat(browser.findElement(By.id("runs")).getText()).contains("huma-2018", "完成");
        screenshot("04-overview");
    }

    @Test
    @Order(3)
    void aRosterDepartmentWithoutFilesIsListedFirstAsMissing() throws IOException {
        browser.get(base + "/submissions");
        List<WebElement> lines = browser.findElements(By.cssSelector("#submissions tbody tr"));
        assertThat(lines).hasSizeGreaterThan(99);
        WebElement absent = browser.findElement(By.cssSelector("tr[data-department='" + ABSENT + "']"));
        assertThat(absent.getAttribute("class")).contains("missing");
        assertThat(absent.getText()).contains("未收到文件", "1月", "12月", "张三");
        // the departments that missed a period come before every one that did not
        int firstComplete = -1;
        int lastMissing = -1;
        for (int i = 0; i < lines.size(); i++) {
            boolean missing = lines.get(i).getAttribute("class").contains("missing");
            if (missing) {
                lastMissing = i;
            } else if (firstComplete < 0) {
                firstComplete = i;
            }
        }
        assertThat(lastMissing).isLessThan(firstComplete);
        assertThat(lines.indexOf(absent)).isLessThanOrEqualTo(lastMissing);
        screenshot("05-submissions");
    }

    @Test
    @Order(4)
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        browser.get(base + "/");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/run', {method: 'POST', credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(status).isEqualTo(403L);
        browser.get(base + "/");
        assertThat(browser.findElements(By.id("running"))).as("no run was started").isEmpty();

        // with the token (the button's form), it runs
        browser.findElement(By.id("run-now")).click();
        assertThat(browser.findElement(By.id("message")).getText()).contains("已开始运行");
        screenshot("06-run-now");
        waitForTheRun();
    }

    @Test
    @Order(5)
    void aPairMergedInTheBrowserCountsOnceInTheNextRun() throws Exception {
        browser.get(base + "/");
        assertThat(browser.findElement(By.id("distinct-items")).getText()).isEqualTo("4569");
        browser.get(base + "/review");
        screenshot("07-review");
        WebElement first = browser.findElement(By.cssSelector("div.pair:not(.decided)"));
        String id = first.getAttribute("id");
        clickAndLoad(first.findElement(By.cssSelector("button.merge")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("已记为合并", "dedup-overrides.csv");
        assertThat(browser.findElement(By.id(id)).getText()).contains("已决定：合并");
        assertThat(Files.readString(work.resolve("jobs/dedup-overrides.csv"), StandardCharsets.UTF_8))
                .containsPattern("(?m)^合并,.*,控制台 ");
        screenshot("08-review-decided");

        // undone and decided again: the file holds one decision
        clickAndLoad(browser.findElement(By.id(id)).findElement(By.cssSelector("button.undo")));
        assertThat(browser.findElement(By.id(id)).getAttribute("class")).doesNotContain("decided");
        clickAndLoad(browser.findElement(By.id(id)).findElement(By.cssSelector("button.merge")));
        assertThat(Files.readAllLines(work.resolve("jobs/dedup-overrides.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("合并,"))).hasSize(1);

        browser.get(base + "/");
        browser.findElement(By.id("run-now")).click();
        waitForTheRun();
        assertThat(browser.findElement(By.id("last-result")).getText()).contains("完成");
        assertThat(browser.findElement(By.id("distinct-items")).getText()).isEqualTo("4568");
        browser.get(base + "/review");
        assertThat(browser.findElements(By.id(id))).as("a merged pair is one item, no longer a pair").isEmpty();
    }

    @Test
    @Order(6)
    void filesAccountForEveryRowAndTheYearEndFilesDownload() throws IOException {
        browser.get(base + "/files");
        assertThat(browser.findElement(By.id("balanced")).getText()).contains("全部相符");
        assertThat(browser.findElements(By.cssSelector("#files tbody tr"))).hasSize(146);
        assertThat(browser.findElements(By.cssSelector("#departments a[href*='/downloads/feedback/']"))).isNotEmpty();
        screenshot("09-files");

        browser.get(base + "/downloads");
        assertThat(browser.findElement(By.id("year-end")).getText()).contains("county-summary-2018.csv", "county-report-2018.xlsx");
        screenshot("10-downloads");
        Object summary = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/downloads/county-summary-2018.csv').then(r => r.text()).then(done).catch(e => done(String(e)));");
        browser.get(base + "/");
        String row = String.join(",", browser.findElements(By.cssSelector("#county-row td")).stream()
                .map(WebElement::getText).toList());
        assertThat(row).isEqualTo("4418,1830,17,1002,170,2,5"); // the seed row less the pair merged above
        assertThat(summary.toString().strip()).endsWith("数量," + row);
        Object outside = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/downloads/..%2F..%2Fjobs%2Fchannels.csv').then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(outside).isIn(400L, 404L);
    }

    @Test
    @Order(7)
    void aFigureOfTheOverviewListsItsItemsAndAnItemItsSourceRows() throws Exception {
        browser.get(base + "/");
        List<WebElement> bars = browser.findElements(By.cssSelector("#months svg rect.month-bar"));
        assertThat(bars).hasSize(12);
        assertThat(bars).allSatisfy(bar -> assertThat(bar.getAttribute("height")).isNotNull());
        assertThat(browser.findElement(By.id("months")).getText()).contains("1月", "12月");
        assertThat(browser.findElement(By.cssSelector("#month-table tbody tr td:last-child")).getText())
                .isEqualTo(browser.findElement(By.id("distinct-items")).getText());
        assertThat(browser.findElement(By.cssSelector("#month-table tbody tr:nth-of-type(2) td:last-child")).getText())
                .as("政府网站 by month adds up to the county table's")
                .isEqualTo(browser.findElement(By.cssSelector("#county-row td:nth-of-type(1)")).getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("months")));
        screenshot("11-overview-month-chart");

        // 规范性文件: the number links to its 17 items
        browser.get(base + "/");
        WebElement normative = browser.findElement(By.cssSelector("#county-row td:nth-of-type(3) a"));
        assertThat(normative.getText()).isEqualTo("17");
        clickAndLoad(normative);
        assertThat(browser.findElement(By.id("figure-name")).getText()).isEqualTo("规范性文件");
        assertThat(browser.findElement(By.id("figure-count")).getText()).isEqualTo("17");
        assertThat(browser.findElements(By.cssSelector("#items tbody tr[data-item]"))).hasSize(17);
        screenshot("12-figure-normative");

        // 政府网站: thousands of items, 200 a page, the pages together as many as the figure
        browser.get(base + "/");
        WebElement website = browser.findElement(By.cssSelector("#county-row td:nth-of-type(1) a"));
        int count = Integer.parseInt(website.getText());
        clickAndLoad(website);
        assertThat(browser.findElement(By.id("figure-count")).getText()).isEqualTo(String.valueOf(count));
        assertThat(browser.findElements(By.cssSelector("#items tbody tr[data-item]"))).hasSize(200);
        screenshot("13-figure-website");
        List<WebElement> pageLinks = browser.findElements(By.cssSelector("p.paging a:not(#previous):not(#next)"));
        int pages = (count + 199) / 200;
        assertThat(pageLinks).hasSize(pages);
        clickAndLoad(browser.findElement(By.linkText(String.valueOf(pages))));
        assertThat(browser.findElements(By.cssSelector("#items tbody tr[data-item]"))).hasSize(count - 200 * (pages - 1));
        assertThat(browser.findElements(By.id("next"))).isEmpty();

        // 重点领域: an item reported twice shows both rows
        browser.get(base + "/");
        clickAndLoad(browser.findElement(By.cssSelector("#county-row td:nth-of-type(5) a")));
        assertThat(browser.findElements(By.cssSelector("#items tbody tr[data-item]"))).hasSize(170);
        WebElement twice = browser.findElements(By.cssSelector("#items tbody tr[data-item]")).stream()
                .filter(line -> !line.findElement(By.cssSelector("td:last-child")).getText().equals("1"))
                .findFirst().orElseThrow();
        String rows = twice.findElement(By.cssSelector("td:last-child")).getText();
        String title = twice.findElement(By.cssSelector("td.title a")).getText();
        clickAndLoad(twice.findElement(By.cssSelector("td.title a")));
        assertThat(browser.getCurrentUrl()).contains("/items/");
        assertThat(browser.findElement(By.id("item-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("source-count")).getText()).isEqualTo(rows);
        List<WebElement> sources = browser.findElements(By.cssSelector("#sources tbody tr"));
        assertThat(sources).hasSize(Integer.parseInt(rows));
        assertThat(sources).allSatisfy(source -> assertThat(source.getText()).contains("/"));
        assertThat(browser.findElement(By.id("counts-in")).getText()).contains("2018年重点领域", "2018年信息总数");
        screenshot("14-item-sources");

        // 依申请公开: the 5 requests, one of them entered twice
        browser.get(base + "/");
        clickAndLoad(browser.findElement(By.cssSelector("#county-row td:nth-of-type(7) a")));
        assertThat(browser.findElement(By.id("figure-count")).getText()).isEqualTo("5");
        assertThat(browser.findElements(By.cssSelector("#requests tbody tr.request"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#requests tbody tr"))).hasSize(6);
        screenshot("15-figure-requests");

        // an id from an older dedup: a page in Chinese, status 404
        browser.get(base + "/items/999999999");
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("没有编号为 999999999 的信息");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/items/999999999').then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(status).isEqualTo(404L);
        screenshot("16-item-not-found");
    }

    private static void waitForTheRun() throws Exception {
        waitFor(() -> {
            browser.get(base + "/");
            return browser.findElements(By.id("running")).isEmpty();
        }, Duration.ofMinutes(4), "the run did not finish");
    }

    /** Clicks a link or a form's button and waits for the page it leads to: a click may return before the new page is there. */
    private static void clickAndLoad(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static void logIn(String password) {
        browser.get(base + "/login");
        WebElement user = browser.findElement(By.id("username"));
        user.clear();
        user.sendKeys("office");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
    }

    private static void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String log() {
        try {
            return Files.readString(serverLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, Duration limit, String failure) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!check.holds()) {
            if (Instant.now().isAfter(end) || (server != null && !server.isAlive())) {
                throw new AssertionError(failure + "; console output:\n" + log());
            }
            Thread.sleep(1000);
        }
    }
}
