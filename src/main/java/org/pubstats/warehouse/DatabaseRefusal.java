package org.pubstats.warehouse;

import java.sql.SQLException;

import org.pubstats.intake.ControlCharacters;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.normalise.FormFigureRow;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;

/**
 * A value the database would not store: where it is in the file (sheet and row, when one row alone is
 * refused) and the server's one-line reason, as the office reads them.
 */
record DatabaseRefusal(String where, String reason) {

    /** A value the database will not take (data exception, constraint, limit), as opposed to a database that is unavailable. */
    static boolean isRefusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException() == e ? null : e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The refusal of {@code row} (null: of the file's rows together, no single row to name). */
    static DatabaseRefusal of(IntakeRecord row, Throwable failure) {
        return new DatabaseRefusal(row == null ? "" : locate(row), serverMessage(failure));
    }

    String message(FileRef file) {
        return ControlCharacters.strip("文件“" + file.relPath() + "”" + where + "有数据库无法保存的内容（" + reason
                + "），整个文件未采用，请检查后重新报送");
    }

    private static String locate(IntakeRecord record) {
        String sheet;
        int row;
        if (record instanceof ItemRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else if (record instanceof RequestRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else if (record instanceof FormFigureRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else if (record instanceof RejectedRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else {
            return "";
        }
        return (sheet == null || sheet.isEmpty() ? "" : "工作表“" + sheet + "”") + "第" + row + "行";
    }

    /** The server's one-line reason, without the detail (which may repeat the whole refused row). */
    private static String serverMessage(Throwable failure) {
        String text = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException e = sql.getNextException() != null ? sql.getNextException() : sql;
                text = e.getMessage();
            }
        }
        if (text == null) {
            text = String.valueOf(failure.getMessage());
        }
        text = text.lines().findFirst().orElse("").strip();
        if (text.startsWith("ERROR: ")) {
            text = text.substring("ERROR: ".length());
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
