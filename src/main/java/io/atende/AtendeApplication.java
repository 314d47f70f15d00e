package io.atende;

import io.atende.cli.AtendeCommand;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import picocli.CommandLine;

/** Entry point: {@code ./atende <command>}; {@code serve} starts the web application. */
@SpringBootApplication
@EnableConfigurationProperties(AtendeProperties.class)
public class AtendeApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(new AtendeCommand())
                .setExecutionExceptionHandler(AtendeCommand::handleFailure)
                .setParameterExceptionHandler(AtendeCommand::handleBadArguments)
                .execute(args));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
