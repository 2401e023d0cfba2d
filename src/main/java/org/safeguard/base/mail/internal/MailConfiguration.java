package org.safeguard.base.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox's sender on its schedule ({@code safeguard.mail.poll-interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {}
