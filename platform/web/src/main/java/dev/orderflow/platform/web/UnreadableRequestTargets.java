package dev.orderflow.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers a request whose target is not a URI (a raw {@code <} or {@code >} in the path),
 * or holds an encoded NUL ({@code %00}: a query parameter of only a NUL was read as
 * empty, so {@code ?status=%00} listed everything, and no id, name or filter may hold
 * one), with a 400 problem, like every other bad request. Spring's adapter for Reactor
 * Netty cannot build the exchange of such a request and answers a bare 400 before any
 * filter or error handler runs, so this check sits in the Netty pipeline right after the
 * HTTP codec (one per connection). The connection is closed after the answer: what
 * follows on it belongs to a request that was not read.
 */
final class UnreadableRequestTargets extends ChannelInboundHandlerAdapter {

	/** Its name in the pipeline. */
	static final String NAME = "orderflow.unreadableRequestTargets";

	private static final byte[] PROBLEM = ("{\"type\":\"" + ProblemTypes.MALFORMED_REQUEST
			+ "\",\"title\":\"Bad Request\",\"status\":400,"
			+ "\"detail\":\"The request target is not a valid URI (encode characters such as < and >)"
			+ " or holds a NUL (%00)\"}")
		.getBytes(StandardCharsets.UTF_8);

	private boolean refused;

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof HttpRequest request && !isReadable(request.uri())) {
			this.refused = true;
			ReferenceCountUtil.release(msg);
			ctx.writeAndFlush(problem(request.protocolVersion())).addListener(ChannelFutureListener.CLOSE);
			return;
		}
		if (this.refused && msg instanceof HttpContent) {
			ReferenceCountUtil.release(msg);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	static boolean isReadable(String target) {
		if (target.contains("%00")) {
			return false;
		}
		try {
			new URI(target);
			return true;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static FullHttpResponse problem(HttpVersion version) {
		FullHttpResponse response = new DefaultFullHttpResponse(version, HttpResponseStatus.BAD_REQUEST,
				Unpooled.wrappedBuffer(PROBLEM));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.setInt(HttpHeaderNames.CONTENT_LENGTH, PROBLEM.length)
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		return response;
	}

}
