package org.pubstats.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-zips an xlsx with fixed entry times: POI stamps each zip entry with the current time, which
 * would make every regeneration differ. Entry order and contents are kept.
 */
final class StableZip {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2019, 1, 8, 9, 0);

    private StableZip() {
    }

    static byte[] restamp(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME); // a DOS time, independent of the machine's time zone
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
