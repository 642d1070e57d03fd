package org.pubstats.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The 99 units of 呼玛县 that send in their lists ("全县99家单位和部门" in the 2018 report):
 * the government office, 89 county departments and institutions, 6 乡 2 镇 and 兴隆办事处.
 * Weights say how much each unit publishes relative to the others.
 */
public final class Departments {

    public static final String GOVERNMENT_OFFICE = "呼玛县人民政府办公室";

    private static final String[][] COUNTY = {
        // name, code, weight
        {"呼玛县发展和改革局", "fgj", "8"}, {"呼玛县教育局", "jyj", "9"}, {"呼玛县科学技术局", "kjj", "2"},
        {"呼玛县工业和信息化局", "gxj", "3"}, {"呼玛县公安局", "gaj", "5"}, {"呼玛县民政局", "mzj", "7"},
        {"呼玛县司法局", "sfj", "4"}, {"呼玛县财政局", "czj", "10"}, {"呼玛县人力资源和社会保障局", "rsj", "8"},
        {"呼玛县自然资源局", "zrzyj", "8"}, {"呼玛县住房和城乡建设局", "zjj", "7"}, {"呼玛县交通运输局", "jtj", "5"},
        {"呼玛县水务局", "swj", "4"}, {"呼玛县农业农村局", "nyj", "8"}, {"呼玛县商务局", "swuj", "3"},
        {"呼玛县文化广电和旅游局", "wglj", "6"}, {"呼玛县卫生健康局", "wjj", "9"}, {"呼玛县退役军人事务局", "tyjrj", "3"},
        {"呼玛县应急管理局", "yjj", "5"}, {"呼玛县审计局", "sjj", "3"}, {"呼玛县市场监督管理局", "scjgj", "7"},
        {"呼玛县统计局", "tjj", "3"}, {"呼玛县医疗保障局", "ybj", "4"}, {"呼玛县林业和草原局", "lcj", "5"},
        {"呼玛县信访局", "xfj", "2"}, {"呼玛县营商环境建设监督局", "yshj", "4"}, {"呼玛县政务服务中心", "zwfw", "12"},
        {"呼玛县公共资源交易中心", "ggzy", "6"}, {"呼玛县机关事务服务中心", "jgsw", "2"}, {"呼玛县档案馆", "dag", "1"},
        {"呼玛县融媒体中心", "rmt", "3"}, {"呼玛县人民医院", "rmyy", "3"}, {"呼玛县中医医院", "zyyy", "2"},
        {"呼玛县疾病预防控制中心", "jkzx", "3"}, {"呼玛县妇幼保健计划生育服务中心", "fybj", "2"}, {"呼玛县第一中学", "dyzx", "2"},
        {"呼玛县实验小学", "syxx", "2"}, {"呼玛县社会保险事业局", "sbj", "4"}, {"呼玛县就业服务局", "jyfw", "3"},
        {"呼玛县住房公积金管理中心", "gjj", "2"}, {"国家税务总局呼玛县税务局", "swju", "4"}, {"呼玛县气象局", "qxj", "2"},
        {"呼玛县消防救援大队", "xfdd", "2"}, {"呼玛县不动产登记中心", "bdc", "3"}, {"呼玛县农业技术推广中心", "njzx", "3"},
        {"呼玛县畜牧兽医局", "xmj", "2"}, {"呼玛县供销合作社", "gxs", "1"}, {"呼玛县粮食局", "lsj", "2"},
        {"呼玛县扶贫开发办公室", "fpb", "6"}, {"呼玛县残疾人联合会", "cl", "2"}, {"呼玛县总工会", "zgh", "2"},
        {"共青团呼玛县委员会", "twh", "1"}, {"呼玛县妇女联合会", "fl", "1"}, {"呼玛县科学技术协会", "kx", "1"},
        {"呼玛县红十字会", "hszh", "1"}, {"呼玛县工商业联合会", "gsl", "1"}, {"呼玛县城市管理综合执法局", "cgj", "4"},
        {"呼玛县环境卫生服务中心", "hwzx", "2"}, {"呼玛县图书馆", "tsg", "1"}, {"呼玛县文化馆", "whg", "1"},
        {"呼玛县机构编制委员会办公室", "bb", "2"}, {"呼玛县人民政府金融工作办公室", "jrb", "1"}, {"呼玛县招商局", "zsj", "2"},
        {"呼玛县旅游发展服务中心", "lyzx", "2"}, {"呼玛县森林草原防火指挥部办公室", "fhb", "2"}, {"呼玛县防汛抗旱指挥部办公室", "fxb", "1"},
        {"呼玛县水利工程管理站", "slz", "1"}, {"呼玛县农村经济经营管理站", "jgz", "2"}, {"呼玛县动物卫生监督所", "dwjd", "1"},
        {"呼玛县食品药品检验检测中心", "spjc", "1"}, {"呼玛县安全生产监督管理局", "ajj", "3"}, {"呼玛县房产管理中心", "fgzx", "2"},
        {"呼玛县土地储备中心", "tdcb", "2"}, {"呼玛县国有资产管理中心", "gzzx", "1"}, {"呼玛县政府采购中心", "cgzx", "3"},
        {"呼玛县会计核算中心", "kjhs", "1"}, {"呼玛县非税收入管理局", "fsj", "1"}, {"呼玛县殡葬管理所", "bzs", "1"},
        {"呼玛县社会福利中心", "flzx", "1"}, {"呼玛县救助管理站", "jzz", "1"}, {"呼玛县城乡居民最低生活保障中心", "dbzx", "3"},
        {"呼玛县公路管理站", "glz", "1"}, {"呼玛县道路运输管理站", "ygz", "1"}, {"呼玛县口岸办公室", "kab", "1"},
        {"呼玛县地方志办公室", "dfz", "1"}, {"呼玛县老干部局", "lgb", "1"}, {"呼玛县国家保密局", "bmj", "1"},
        {"呼玛县人民防空办公室", "rfb", "1"}, {"呼玛县体育运动中心", "tyzx", "1"},
    };

    private static final String[][] TOWNSHIPS = {
        {"呼玛镇人民政府", "hmz"}, {"韩家园镇人民政府", "hjyz"}, {"三卡乡人民政府", "skx"},
        {"金山乡人民政府", "jsx"}, {"白银纳鄂伦春族乡人民政府", "bynx"}, {"北疆乡人民政府", "bjx"},
        {"鸥浦乡人民政府", "opx"}, {"兴华乡人民政府", "xhx"},
    };

    private static final List<Department> ALL = build();

    private Departments() {
    }

    public static List<Department> all() {
        return ALL;
    }

    public static Department named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no department " + name));
    }

    private static List<Department> build() {
        List<Department> list = new ArrayList<>();
        list.add(new Department(GOVERNMENT_OFFICE, Department.Kind.GOVERNMENT_OFFICE, "zfb", 14));
        for (String[] c : COUNTY) {
            list.add(new Department(c[0], Department.Kind.COUNTY_DEPARTMENT, c[1], Integer.parseInt(c[2])));
        }
        for (String[] t : TOWNSHIPS) {
            list.add(new Department(t[0], Department.Kind.TOWNSHIP, t[1], 7));
        }
        list.add(new Department("兴隆办事处", Department.Kind.SUBDISTRICT_OFFICE, "xlbsc", 5));
        if (list.size() != 99) {
            throw new IllegalStateException("the seed names 99 units, the list has " + list.size());
        }
        return List.copyOf(list);
    }
}
