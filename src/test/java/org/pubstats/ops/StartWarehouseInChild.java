package org.pubstats.ops;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedWarehouseRecoveryTest}: starts the embedded server on a home, then waits to be killed. */
public final class StartWarehouseInChild {

    private StartWarehouseInChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("STARTED " + warehouse.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
