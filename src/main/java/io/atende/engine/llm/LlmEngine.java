package io.atende.engine.llm;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.engine.Prices;
import io.atende.engine.local.LocalEngine;
import io.atende.journey.JourneyRuntime;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.llm.Feature;
import io.atende.llm.LlmException;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmReply;
import io.atende.llm.LlmRequest;
import io.atende.llm.ModelGateway;
import io.atende.pack.Pack;
import io.atende.pack.PromptFiles;
import io.atende.pack.PromptTemplates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine where a model decides and a model writes, and code executes. The local engine runs first: it is cheap,
 * its code rules win (opt-out and opt-in words, an explicit request for a person, strong anger), and its decision is
 * the answer whenever the models fail — an {@link LlmException}, output that is not a known function with valid
 * arguments, or a draft a guardrail refuses twice. The customer is always answered.
 *
 * <p>Otherwise the decision model picks functions (start a journey, give the awaited value, answer from knowledge,
 * search products, call a store tool, ...). Store tools run at once and their results go back to the model, at most
 * {@code maxToolRounds} times; the other functions are applied on the same journey runtime as the local engine, and
 * the conversation model words answers from the sources this turn retrieved. See {@code docs/llm-engine.md}.
 */
public final class LlmEngine implements Engine {

    /** Tool rounds in one turn when none is configured ({@code atende.llm.max-tool-rounds}). */
    public static final int DEFAULT_MAX_TOOL_ROUNDS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(LlmEngine.class);
    private static final int DECISION_TOKENS = 400;

    private final Pack pack;
    private final Prices prices;
    private final ModelGateway gateway;
    private final Engine fallback;
    private final int maxToolRounds;
    private final ActionFunctions functions;
    private final Proposals proposals;
    private final DecisionPrompt decisions;
    private final ProposalApplier applier;
    private final StoreTools storeTools;
    private final TurnTools turnTools;
    private final ReplyWriter writer;

    /**
     * The LLM engine over a local engine built here on the same journey tools, so a tool call both engines make in
     * one turn reaches the store once (see {@link TurnTools}). This is how the application wires it.
     */
    public static LlmEngine overLocal(Pack pack, KnowledgeBase knowledge, ToolCaller journeyTools,
                                      io.atende.tool.ToolCaller tools, ModelGateway gateway, Clock clock,
                                      int maxToolRounds) {
        TurnTools shared = new TurnTools(journeyTools);
        return new LlmEngine(pack, knowledge, shared, tools, gateway,
                new LocalEngine(pack, knowledge, shared, clock), clock, maxToolRounds);
    }

    /** An engine with the default bound on tool rounds. */
    public LlmEngine(Pack pack, KnowledgeBase knowledge, ToolCaller journeyTools, io.atende.tool.ToolCaller tools,
                     ModelGateway gateway, Engine fallback, Clock clock) {
        this(pack, knowledge, journeyTools, tools, gateway, fallback, clock, DEFAULT_MAX_TOOL_ROUNDS);
    }

    /**
     * @param journeyTools  what journeys' {@code call_tool} steps call, as for the local engine. A fallback that
     *                      runs journeys on its own tools may call a store tool this engine calls too, in the same
     *                      turn: prefer {@link #overLocal}, which shares them
     * @param tools         the store's HTTP tools the model may call itself; null: the model is offered none
     * @param fallback      the local engine: its decision is checked first and answers whenever the models fail
     * @param maxToolRounds store-tool rounds in one turn before the engine answers from what it knows
     * @throws io.atende.pack.InvalidPackException when the pack's {@code prompts/} has an unknown file or placeholder
     */
    public LlmEngine(Pack pack, KnowledgeBase knowledge, ToolCaller journeyTools, io.atende.tool.ToolCaller tools,
                     ModelGateway gateway, Engine fallback, Clock clock, int maxToolRounds) {
        if (maxToolRounds < 0) {
            throw new IllegalArgumentException("maxToolRounds cannot be negative");
        }
        this.pack = pack;
        this.prices = Prices.of(pack);
        this.gateway = gateway;
        this.fallback = fallback;
        this.maxToolRounds = maxToolRounds;
        PromptTemplates prompts = PromptFiles.load(pack.directory());
        this.functions = new ActionFunctions(pack, tools != null);
        this.proposals = new Proposals(functions::storeTool);
        this.decisions = new DecisionPrompt(pack, prompts, functions);
        this.storeTools = tools == null ? null : new StoreTools(tools);
        this.writer = new ReplyWriter(gateway, prompts, pack.identity(),
                new InjectionGuardrail(instructions(prompts, pack)));
        this.turnTools = journeyTools instanceof TurnTools shared ? shared : new TurnTools(journeyTools);
        JourneyRuntime runtime = new JourneyRuntime(LocalEngine.attributeReader(pack, clock), turnTools);
        this.applier = new ProposalApplier(decisions, runtime, knowledge, pack.messages(), prompts, functions,
                writer);
    }

    @Override
    public String name() {
        return "llm";
    }

    /** Like {@link #decide(EngineRequest)}, the reply shown to {@code draft} while it is written, once checked. */
    @Override
    public EngineDecision decide(EngineRequest request, java.util.function.Consumer<String> draft) {
        return draft == null ? decide(request) : writer.streaming(draft, () -> decide(request));
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        turnTools.begin();
        try {
            EngineDecision local = fallback.decide(request);
            if (codeRuleWins(local)) {
                return local;
            }
            try {
                return new EngineDecision(withModels(request));
            } catch (LlmException e) {
                LOG.warn("LLM turn fell back to the local engine: model call failed ({})", e.kind().wireName());
            } catch (UnusableOutput e) {
                LOG.warn("LLM turn fell back to the local engine: {}", e.getMessage());
            } catch (RuntimeException e) {
                // a bug on the model path (ours or a library's) must cost the customer the model's answer, not
                // the answer: the local decision is already there
                LOG.error("LLM turn fell back to the local engine after an unexpected failure: {}", e.toString());
            }
            return local;
        } finally {
            turnTools.end();
        }
    }

    /**
     * Opt-out and opt-in words, and a handoff the local engine's rules asked for (a request for a person, strong
     * anger, repeated failures), are decided by code. A handoff inside a journey the local engine resumed (a tool
     * that failed on its path) is not such a rule: the models run the same journey and reach it themselves.
     */
    private static boolean codeRuleWins(EngineDecision local) {
        boolean journeyTurn = local.commands().stream().anyMatch(c -> c instanceof EngineCommand.Understood u
                && "journey".equals(u.route()));
        return local.commands().stream().anyMatch(c -> c instanceof EngineCommand.OptOut
                || c instanceof EngineCommand.OptIn
                || (c instanceof EngineCommand.RequestHandoff && !journeyTurn));
    }

    private List<EngineCommand> withModels(EngineRequest request) {
        TurnSources sources = new TurnSources(request, pack.identity().language(), prices);
        List<LlmMessage> messages = new ArrayList<>(Dialogue.messages(decisions.system(request, sources), request));
        for (int round = 0; ; round++) {
            LlmReply reply = gateway.chat(new LlmRequest(request.conversationId(), Feature.DECISION, messages,
                    functions.specs(), false, DECISION_TOKENS, null));
            List<Proposal> proposed = reply.toolCalls().stream().map(proposals::parse).toList();
            List<Proposal> toolCalls = proposed.stream().filter(LlmEngine::storeTool).toList();
            List<Proposal> actions = proposed.stream().filter(p -> !storeTool(p)).toList();
            if (!toolCalls.isEmpty() && round >= maxToolRounds) {
                // the bound: no more store calls; what the model asked besides, or an answer from what is known
                LOG.warn("LLM turn reached {} tool rounds; answering from what is known", maxToolRounds);
            } else if (!toolCalls.isEmpty()) {
                messages.add(new LlmMessage.Assistant(reply.text(), reply.toolCalls()));
                for (Proposal call : toolCalls) {
                    String result = run(call);
                    sources.addToolResult(call.function(), result);
                    messages.add(new LlmMessage.ToolResult(callId(call), call.function(), result));
                }
                if (actions.isEmpty()) {
                    continue;
                }
            }
            // a plain text answer (often after tool results) is rewritten from the sources, never sent as it is
            return applier.apply(actions.isEmpty() ? List.of(new Proposal.SmallTalk()) : actions, request, sources);
        }
    }

    private String run(Proposal call) {
        if (storeTools == null) {
            throw new UnusableOutput("the model called a store tool, but no tool runtime is configured");
        }
        return storeTools.run(call);
    }

    private static boolean storeTool(Proposal p) {
        return p instanceof Proposal.CallTool || p instanceof Proposal.BadToolCall;
    }

    private static String callId(Proposal p) {
        return switch (p) {
            case Proposal.CallTool c -> c.callId();
            case Proposal.BadToolCall b -> b.callId();
            default -> throw new IllegalArgumentException("not a store tool call");
        };
    }

    /** The instruction texts a draft must never reproduce: every prompt without this turn's values, the persona. */
    private static List<String> instructions(PromptTemplates prompts, Pack pack) {
        List<String> out = new ArrayList<>();
        PromptTemplates.PLACEHOLDERS.keySet().stream().filter(n -> !n.equals("knowledge_context"))
                .forEach(name -> out.add(prompts.render(name, Map.of())));
        if (pack.identity().tone() != null) {
            out.add(pack.identity().tone());
        }
        return out;
    }
}
