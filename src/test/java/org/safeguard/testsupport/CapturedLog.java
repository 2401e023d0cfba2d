package org.safeguard.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs from any thread (requests, the job executor) while open, with
 * the named loggers turned up to DEBUG; {@link #close} restores their levels. Each line is
 * rendered when it is logged: logger, message with its arguments, MDC and stack trace.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public static CapturedLog start(String... debugLoggers) {
        CapturedLog log = new CapturedLog();
        for (String name : debugLoggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            log.previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        log.setContext(log.root.getLoggerContext());
        log.setName("captured-log");
        log.start();
        log.root.addAppender(log);
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        String throwable =
                event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        lines.add(event.getLevel() + " [" + event.getThreadName() + "] " + event.getLoggerName() + " "
                + event.getMDCPropertyMap() + " " + event.getFormattedMessage() + throwable);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
        previousLevels.forEach(Logger::setLevel);
    }
}
