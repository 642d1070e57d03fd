package org.pubstats.sample;

/**
 * One reporting unit of 呼玛县: its folder name in the inbox, what kind of unit it is, a short
 * code used in its index numbers and web addresses, and how much it publishes (a relative weight).
 */
public record Department(String name, Kind kind, String code, int weight) {

    public enum Kind { GOVERNMENT_OFFICE, COUNTY_DEPARTMENT, TOWNSHIP, SUBDISTRICT_OFFICE }

    /** Township names without the 人民政府 suffix, e.g. 呼玛镇; used in titles. */
    public String shortName() {
        return name.replace("人民政府", "").replace("呼玛县", "");
    }
}
