package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's 明细 and month chart read the sample inbox's warehouse as the county row counts it. */
class FigureItemsTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @Autowired
    CountyFiguresRepository county;

    @TempDir
    Path out;

    @Test
    void everyFigureListsAsManyItemsAsItCountsAndEachItemLeadsToItsRows() throws Exception {
        assertThat(runCommand.run(new RunOptions(Path.of("sample-data/huma-2018").toAbsolutePath(), 2018, out))).isZero();
        FigureItems lineage = new FigureItems(jdbc);

        // the county table's seven numbers, each equal to what its page lists
        List<FigureItems.Cell> row = FigureItems.countyRow(county.find(2018).orElseThrow());
        assertThat(row).extracting(FigureItems.Cell::figure)
                .containsExactly("政府网站", "通过其他方式公开", "规范性文件", "试点领域", "重点领域", "在线调查", "依申请公开");
        assertThat(row).extracting(FigureItems.Cell::value).containsExactly(4419, 1830, 17, 1002, 170, 2, 5);
        for (FigureItems.Cell cell : row) {
            assertThat(lineage.count(2018, cell.figure())).as(cell.figure()).isEqualTo(cell.value());
        }
        assertThat(lineage.count(2018, "政策解读")).isEqualTo(17);
        assertThat(lineage.count(2018, "信息总数")).isEqualTo(4569);
        assertThat(lineage.count(2018, "重大建设项目")).isEqualTo(10);

        List<FigureItems.Item> normative = lineage.items(2018, "规范性文件", 0, 200);
        assertThat(normative).hasSize(17).allSatisfy(item -> {
            assertThat(item.categories()).contains("规范性文件");
            assertThat(item.date().getYear()).isEqualTo(2018);
        });

        // pages of the 4569 items neither overlap nor leave any out
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < 4569; offset += 200) {
            lineage.items(2018, "信息总数", offset, 200).forEach(item -> seen.add(item.id()));
        }
        assertThat(seen).hasSize(4569);

        // 重点领域 item 148 of the docs is reported by two departments: two source rows, in two files
        FigureItems.Item twice = lineage.items(2018, "重点领域", 0, 200).stream()
                .filter(item -> item.rows() > 1).findFirst().orElseThrow();
        List<FigureItems.Source> sources = lineage.sources(twice.id());
        assertThat(sources).hasSize(twice.rows());
        assertThat(sources).allSatisfy(source -> {
            assertThat(source.file()).isNotBlank();
            assertThat(source.row()).isPositive();
            assertThat(source.title()).isNotBlank();
        });
        assertThat(lineage.item(twice.id())).contains(twice);
        assertThat(lineage.figuresOf(twice.id())).contains(new FigureItems.Counted(2018, "重点领域"),
                new FigureItems.Counted(2018, "信息总数"));
        assertThat(lineage.item(-1)).isEmpty();

        // 依申请公开: 5 requests on 6 rows (one entered twice)
        List<FigureItems.Request> requests = lineage.requests(2018);
        assertThat(requests).hasSize(5);
        assertThat(requests.stream().mapToInt(r -> r.rows().size()).sum()).isEqualTo(6);

        // the month chart: twelve bars adding up to 信息总数, the largest month the full height
        MonthChart.Chart chart = new MonthChart(jdbc).of(2018);
        assertThat(chart.bars()).hasSize(12).extracting(MonthChart.Bar::label).startsWith("1月").endsWith("12月");
        assertThat(chart.total()).isEqualTo(4569);
        assertThat(chart.website()).as("政府网站 by month adds up to the county row").isEqualTo(4419);
        assertThat(chart.other()).isEqualTo(1830);
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isEqualTo(chart.baseline()));
        assertThat(chart.bars().stream().filter(bar -> bar.items() == chart.max()).findFirst().orElseThrow().y())
                .isEqualTo(24);
    }
}
