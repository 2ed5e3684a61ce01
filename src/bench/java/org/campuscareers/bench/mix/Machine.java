package org.campuscareers.bench.mix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the machine itself was doing while a target was measured: the load average, and the CPU
 * time the hypervisor gave to other guests (steal). On a shared host a VM's cores can lose a fifth
 * or more of their time to steal; the same code then costs more CPU per request and serves fewer
 * requests, whatever its own figures say, so every run is reported with the steal seen during it.
 */
final class Machine {

    private Machine() {}

    /** The 1-minute load average, or "?" where /proc/loadavg cannot be read. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The machine's CPU time so far, all cores, in clock ticks, and the part of it stolen. */
    record Cpu(long total, long steal) {

        /** The share of the CPU time between {@code earlier} and this reading that was stolen, in percent. */
        double stealPercentSince(Cpu earlier) {
            long total = this.total - earlier.total;
            return earlier.total < 0 || total <= 0 ? Double.NaN : 100.0 * (steal - earlier.steal) / total;
        }
    }

    /** The first line of /proc/stat: user nice system idle iowait irq softirq steal (guest time is inside user). */
    static Cpu cpu() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new Cpu(total, fields.length > 8 ? Long.parseLong(fields[8]) : 0);
        } catch (IOException | RuntimeException e) {
            return new Cpu(-1, 0);
        }
    }
}
